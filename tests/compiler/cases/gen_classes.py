class Base:
    cls_attr = "base"
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"Base({self.x})"
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def stat(a):
        return a * 2
    @property
    def double(self):
        return self.x * 2
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Derived:" + super().describe()
    def explicit(self):
        return super(Derived, self).describe()
    def cls_ref(self):
        return __class__.__name__
d = Derived(1, 2)
print(d.describe(), d.explicit(), d.cls_ref(), d.double, Derived.make, Base.stat(3))
print(Derived.make(7).x if False else Base.make(7).x)
class Private:
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
    def __helper(self):
        return "h"
    def call(self):
        return self.__helper()
p = Private()
print(p.get(), p._Private__secret, p.call())
class WithDoc:
    "class docstring"
    a: int = 3
    b: str
    print("in body", a)
print(WithDoc.__doc__, WithDoc.__annotations__, WithDoc.a, WithDoc.__qualname__, WithDoc.__module__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["extra"] = kw
        return super().__new__(mcls, name, bases, ns)
class UsesMeta(Base, metaclass=Meta, flag=True):
    pass
print(UsesMeta.extra, type(UsesMeta).__name__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Decorated:
    pass
print(Decorated.decorated)
class Outer:
    class Inner:
        def m(self):
            return 1
    def method(self):
        class Local:
            pass
        return Local.__qualname__
print(Outer.Inner.__qualname__, Outer().method(), Outer.Inner.m.__qualname__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
class Slots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
print(Slots().a)
def factory():
    v = 10
    class C:
        attr = v
        def get(self):
            return v
    return C
print(factory().attr, factory()().get())
class ClassScope:
    x = 5
    y = [x * 2 for _ in range(1)] if False else None
    z = x + 1
print(ClassScope.z)
class Dunder:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
    def __call__(self, *a):
        return a
print(Dunder() == 1, len(Dunder()), Dunder()[4], Dunder()(1, 2))
class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super().f()
class C(A):
    def f(self):
        return "C" + super().f()
class D(B, C):
    def f(self):
        return "D" + super().f()
print(D().f(), [k.__name__ for k in D.__mro__])
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
pp = Prop()
pp.v = 9
print(pp.v)
class NoSuperArgs:
    def m():
        return "static-like"
print(NoSuperArgs.m())
class Super2(Base):
    def __init__(self):
        super().__init__(3)
        self.lst = [super().describe() for _ in range(2)]
print(Super2().lst)
