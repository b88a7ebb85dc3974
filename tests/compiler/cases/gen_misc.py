a, b = 1, 2
del (a, b)
c = [1]
[d] = c
(e) = 5
print(d, e, "a" in globals())
m = {(1, slice(2, 3)): "x"}
class Idx:
    def __getitem__(self, k):
        return k
i = Idx()
print(i[1:2, 3], i[::], i[1:2:3], i[..., None], i[*c, 2])
def no_eval_ann():
    x: undefined_name
    y: int = 3
    return y
print(no_eval_ann())
bases = (object,)
kw = {}
class Star(*bases, **kw):
    pass
print(Star.__bases__)
global gg
gg = 1
width, prec = 10, 3
val = 3.14159
print(f"{val:{width}.{prec}}|{val:>{width}}|{'x':{'^'}{width}}")
def mk(n):
    return lambda x=n: x + n
print(mk(2)())
def ret_star(*a):
    return *a, "end"
print(ret_star(1, 2))
def yield_star():
    yield *[1, 2], 3
print(list(yield_star()))
print(*[1], *[2], sep="-")
class Deco:
    def __init__(self):
        self.b = {"k": lambda f: (lambda: "deco:" + f())}
dd = Deco()
@dd.b["k"]
def decorated():
    return "fn"
print(decorated())
def many_args(*a, **k):
    return len(a), len(k)
print(many_args(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32))
print(many_args(k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15, k16=16))
nums = list(range(300))
print(many_args(*nums), sum([*nums]))
big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, a := 32, *c]
print(len(big), a)
try:
    import no_such_mod_abc
except ImportError:
    no_such_mod_abc = None
print(no_such_mod_abc)
class Outer:
    def m(self):
        def inner():
            return __class__.__name__
        return inner()
    @classmethod
    def cm(cls):
        return super().__init_subclass__
print(Outer().m(), Outer.cm() is not None)
class Sub(Outer):
    def m(self):
        return [super().m() for _ in range(2)]
    def g(self):
        return (lambda: super().m())()
print(Sub().m())
n = 0
while 0 <= n < 3:
    n += 1
print(n)
v = 5
if not (v > 3 and (v < 4 or v == 5)):
    print("no")
else:
    print("yes")
if (v > 10) or not v:
    print("no2")
print(v if v else 0, 1 if v > 3 and v < 6 else 2)
x = [1, 2, 3]
x[len(x) - 1] -= 1
x[1:] += [4]
print(x)
class A:
    pass
o = A()
o.lst = [1]
o.lst[0] += 5
o.cnt = 1
o.cnt **= 3
print(o.lst, o.cnt)
s = 0
for s in range(3):
    pass
print(s)
print({k: v for k in "ab" if (v := k * 2)})
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for q in gen_finally():
    print("got", q)
    break
import gc; gc.collect()
def deep_closure():
    a = 1
    def f1():
        b = 2
        def f2():
            c = 3
            def f3():
                return a + b + c
            return f3
        return f2
    return f1()()()
print(deep_closure())
print((lambda: (yield))().__class__.__name__)
def kwdefaults(*, a=[], b=lambda: 1):
    return a, b()
print(kwdefaults())
def unpack_in_for():
    out = []
    for a, *b in [(1, 2, 3), (4,)]:
        out.append((a, b))
    return out
print(unpack_in_for())
print([(yield_ := 1) for _ in range(1)], yield_)
t = 1,
print(t, (), ((),), (1, (2, (3,))))
print(-1 ** 2, (-1) ** 2, 2 ** -2, not 1 == 2, ~0)
print(3 < 5 != 6 > 2, 1 < 2 == 3)
print("%s-%s" % ("a", "b"), "%(k)s" % {"k": 1})
print(type(...), type(None).__name__)
