def simple():
    return 1
def defaults(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)
print(simple(), defaults(1), defaults(1, 3), defaults(5))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, b=2, c=4))
def posonly(a, b, /, c, *, d=0):
    return a, b, c, d
print(posonly(1, 2, 3), posonly(1, 2, c=3, d=4))
def varargs(*args, **kwargs):
    return args, sorted(kwargs.items())
print(varargs(), varargs(1, 2, x=3))
args = [1, 2]
kw = {"c": 3}
print(posonly(*args, **kw))
print(varargs(*args, 5, *args, k=1, **kw))
print(varargs(**kw, z=1))
print(varargs(*args))
print(varargs(0, *args))
def ann(a: int, b: "str" = "x", *c: float, d: list = None, **e: dict) -> bool:
    return True
print(ann.__annotations__)
print(ann.__defaults__, ann.__kwdefaults__)
def doc():
    "the doc"
    return doc.__doc__
print(doc())
def nodoc():
    x = "not doc"
    return x
print(nodoc.__doc__, nodoc())
def outer():
    x = 1
    def inner():
        return x + 1
    return inner
print(outer()())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
g = 10
def useglobal():
    global g
    g += 1
    return g
print(useglobal(), g)
lam = lambda x, y=2: x * y
print(lam(3), lam(3, 3), (lambda: 42)(), (lambda *a, **k: (a, k))(1, b=2))
def deco(f):
    def w(*a):
        return ("wrapped", f(*a))
    return w
def deco2(tag):
    def d(f):
        return lambda *a: (tag, f(*a))
    return d
@deco
@deco2("t")
def decorated(x):
    return x * 2
print(decorated(4))
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def cell_param(a):
    def g():
        return a
    a += 1
    return g()
print(cell_param(5))
print(simple.__name__, outer.__qualname__, outer().__qualname__)
def kwcall(**kw):
    return kw
print(kwcall(a=1, b=2), kwcall(**{"x": 1}, y=2))
def many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p):
    return a + p
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
print(many(*range(16)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def nested_default(x=lambda: 5):
    return x()
print(nested_default())
def shadow(len=len):
    return len("abc")
print(shadow())
def method_kw():
    return "a-b".split(sep="-", maxsplit=1)
print(method_kw())
print(max([1, 5, 3], key=lambda v: -v))
