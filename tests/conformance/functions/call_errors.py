# TypeErrors for bad calls, with CPython's messages.
def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h(x, /, y):
    pass
class C:
    def m(self, a):
        pass
a_str, nothing, a_tuple = "x", None, (1, 2)
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: f(1, b=2, b2=3),
    lambda: g(1),
    lambda: g(),
    lambda: g(k=1, j=2),
    lambda: h(x=1, y=2),
    lambda: h(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: f(**{"a": 1, "b": 2, "zz": 3}),
    lambda: f(*[1], **{"a": 2}),
    lambda: f(1, 2, **{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, *, b: 0)(1, 2),
    lambda: (lambda a, b: 0)(1, 2, 3, 4),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: int("1", "2", "3"),
    lambda: a_str(),
    lambda: nothing(),
    lambda: a_tuple(),
    lambda: sorted([1], cmp=None),
    lambda: dict(1, 2),
    lambda: isinstance(1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
