def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=9))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8))

def g(x, y=2): return x, y
def h(*, k): return k
def p(a, b, /): return a, b
def q(a, b, /, **kw): return a, b, kw
class C:
    def m(self, x): return x

tests = [
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, z=3),
    lambda: g(1, x=3),
    lambda: h(),
    lambda: h(1),
    lambda: p(a=1, b=2),
    lambda: p(1, b=2),
    lambda: q(1, 2, a=3),
    lambda: q(a=1),
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: g(*[1, 2, 3]),
    lambda: g(**{'x': 1, 'y': 2, 'w': 3}),
    lambda: g(1, **{'x': 2}),
    lambda: g(*1),
    lambda: g(**1),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, b, c, d: 0)(),
    lambda: (lambda *, a, b: 0)(),
    lambda: (lambda a, *, b: 0)(1, 2, b=3),
    lambda: (lambda a: 0)(1, 2, 3),
    lambda: (lambda: 0)(1),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)

print(q(1, 2, x=3, **{'y': 4}))
print(g(*(1,), **{'y': 9}))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y=10): return x + y
print(add(1), add(1, y=2))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__, C.m.__qualname__)
print(sorted(f.__code__.co_varnames), f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
