# A function called many ways after warming up with exact positional calls: binding stays correct.
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))
for i in range(3000):
    f(i, i)
print(f(1, 2))
print(f(1))
print(f(1, 2, 3, 4))
print(f(1, c=30))
print(f(a=1, b=20, z=26))
print(f(*[1, 2, 3], **{"c": 0, "x": 1}))
def g(x, y):
    return x - y
for i in range(3000):
    g(i, 1)
print(g(10, 3), g(y=3, x=10), g(*(10, 3)), g(**{"x": 10, "y": 3}))
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
g.__defaults__ = (100,)
print(g(1))
def h(x):
    return x * 2
for _ in range(2000):
    h(3)
h.__code__ = g.__code__
print(h(10, 3))
class K:
    def m(self, v):
        return v + 1
k = K()
for i in range(3000):
    k.m(i)
print(k.m(1), K.m(k, 1), getattr(k, "m")(1))
K.m = staticmethod(lambda v: v * 100)
print(k.m(1))
K.m = classmethod(lambda cls, v: (cls.__name__, v))
print(k.m(1))
