# type(), __class__, __name__/__qualname__/__module__, __mro__, __bases__, __base__ of user and builtin classes.
class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
    def meth(self):
        pass
class Child(Outer):
    pass
print(type(Outer()), Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.__module__, Outer.Inner.__module__)
print(Outer.meth.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__, Outer.meth.__name__)
print(Child.__mro__, Child.__bases__, Child.__base__, object.__bases__, object.__base__, type.__mro__, type(type))
print(int.__name__, int.__qualname__, int.__module__, type(len).__name__, len.__qualname__, len.__module__, bool.__base__)
print([c.__name__ for c in bool.__mro__], dict.__mro__, type(None).__name__, type(NotImplemented).__name__)
print(Outer().__class__ is Outer, type(Child()) is Child, Child().__class__.__mro__[1] is Outer)
Outer.__name__ = "Renamed"
Outer.__qualname__ = "Qual.Renamed"
print(Outer, Outer.__name__, Outer.__qualname__, repr(Outer()).startswith("<__main__.Qual.Renamed object at"))
for bad in [lambda: setattr(Outer, "__name__", 5), lambda: setattr(int, "__name__", "x"), lambda: setattr(Outer, "__qualname__", None),
            lambda: setattr(Outer, "__mro__", ()), lambda: setattr(Outer, "__bases__", ())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def f():
    pass
print(f.__name__, f.__qualname__, f.__module__, (lambda: 0).__name__, (lambda: 0).__qualname__, type(f).__name__)
print(__name__, type(__builtins__).__name__ if False else "skip", print.__self__.__name__ if hasattr(print, "__self__") else "-")
