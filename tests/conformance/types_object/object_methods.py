# object's own methods: __eq__/__ne__ defaults, __hash__, __repr__/__str__, __format__, __init_subclass__, __reduce_ex__ kinds.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), a.__lt__(b), object.__eq__(a, a))
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print(str(a) == repr(a), format(a, "") == str(a), repr(a).startswith("<__main__.Plain object at 0x"))
try:
    format(a, "x")
except TypeError as e:
    print("TypeError", e)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr"), f"{OnlyRepr()}")
class Registry:
    seen = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.seen.append((cls.__name__, tag))
class One(Registry, tag="first"):
    pass
class Two(One):
    pass
print(Registry.seen)
try:
    class Three(Registry, bogus=1, tag=2):
        pass
except TypeError as e:
    print("TypeError", e)
print(object.__init_subclass__() is None, Plain.__init_subclass__ is not None)
for bad in [lambda: object.__init__(a, 1), lambda: Plain(1), lambda: object.__new__(5), lambda: object.__new__(int),
            lambda: object.__setattr__(1, "x", 2), lambda: object.__getattribute__(a, 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class InitOnly:
    def __init__(self, x):
        self.x = x
print(InitOnly(3).x)
class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(NewOnly(3)).__name__)
print(a.__sizeof__() > 0, type(a.__reduce_ex__(2)).__name__, a.__class__.__name__, object.__doc__ is not None)
print(NotImplemented, repr(NotImplemented), type(NotImplemented)(), None.__class__(), type(None)() is None)
