class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}
class Base(metaclass=Meta, flag=1):
    x = 1
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Derived(Base, flag=2, other=3):
    y = 2
print(type(Derived).__name__, Derived.x, Derived.y)

class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class UsesDesc:
    d = Desc()
u = UsesDesc(); u.d = 4; print(u.d, type(UsesDesc.d).__name__)

class P:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print("deleting"); self._v = None
p = P(); p.v = 5; print(p.v); del p.v; print(p.v, P.v.__doc__)
try:
    class Q:
        @property
        def r(self): return 1
    Q().r = 2
except AttributeError as e:
    print(e)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who())

class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
print(s.a)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.c = 1
except AttributeError as e:
    print(e)

class GA:
    def __getattr__(self, name): return name.upper()
print(GA().foo)
class GAB:
    def __getattribute__(self, name):
        if name == 'x': return 42
        return object.__getattribute__(self, name)
print(GAB().x)

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
    __hash__ = None
n = Num(1) + Num(2); print(n, 5 + n, n + 5)
n += 10; print(n, Num(1) == Num(1), Num(1) < Num(2), Num(3) > Num(2))
print(sorted([Num(3), Num(1), Num(2)]))

class CG:
    def __class_getitem__(cls, item): return f"CG[{item}]"
print(CG[int])

class StaticAndClass:
    count = 0
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls): cls.count += 1; return cls.count
print(StaticAndClass.s(4), StaticAndClass().s(5), StaticAndClass.c(), StaticAndClass().c())
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.__module__)
def make():
    class Local:
        def get(self): return __class__
    return Local
L = make(); print(L().get() is L, L.__qualname__)
class WithDoc:
    "docstring here"
print(WithDoc.__doc__)
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def f(self): return a
try:
    K().f()
except NameError as e:
    print(e)
print(type(K.__dict__).__name__, 'a' in K.__dict__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(callable(Num), isinstance(3, (str, int)), issubclass(D, A))
class Ann:
    x: int = 3
    y: str
print(Ann.__annotations__)
