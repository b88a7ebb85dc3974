# Metaclasses: __new__/__init__/__call__ hooks, __prepare__, class keyword arguments, type(cls) and instance checks.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        return {"injected": True}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        log.append(("call", cls.__name__, args))
        return super().__call__(*args)
class Base(metaclass=Meta, flag=1):
    def __init__(self, v=0):
        self.v = v
class Derived(Base):
    x = 1
d = Derived(5)
for entry in log:
    print(entry)
print(type(Base).__name__, type(Derived) is Meta, Derived.injected, d.v, isinstance(Derived, Meta), isinstance(d, Meta))
Dyn = Meta("Dyn", (Base,), {"y": 2})
print(Dyn.__name__, Dyn.y, Dyn.__mro__[1].__name__, type(Dyn).__name__)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError", e)
Plain = type("Plain", (), {"attr": 1, "method": lambda self: "m"})
print(Plain().method(), Plain.attr, Plain.__module__ if False else "skip", Plain.__qualname__)
