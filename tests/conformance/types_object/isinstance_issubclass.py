# isinstance/issubclass with tuples, nested tuples, unions, ABC-free __instancecheck__/__subclasscheck__ hooks.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
objs = [A(), B(), C(), D(), 1, "s", None, True]
classes = [A, B, C, D, object, int, (A, C), (int, (str, type(None))), int | str]
for o in objs:
    print(type(o).__name__, [isinstance(o, c) for c in classes])
for sub in [A, B, C, D, bool, int, object, type]:
    print(sub.__name__, [issubclass(sub, c) for c in classes])
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Anything(metaclass=Meta):
    pass
print(isinstance("magic", Anything), isinstance("other", Anything), issubclass(int, Anything), issubclass(str, Anything),
      isinstance(Anything(), Anything), issubclass(Anything, Anything))
class Proxy:
    @property
    def __class__(self):
        return A
p = Proxy()
print(isinstance(p, A), isinstance(p, Proxy), type(p).__name__, issubclass(Proxy, A))
for bad in [lambda: isinstance(1, (int, 5)), lambda: issubclass(1, int), lambda: issubclass(int, (int, 1)),
            lambda: issubclass(int, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(D.__mro__, [k.__name__ for k in D.mro()], D.mro() == list(D.__mro__))
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError", e)
