# __dict__ of instances and classes (mappingproxy), vars(), dir() of user classes (sorted), __slots__.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.inst = 1
        self._private = 2
    def method(self):
        pass
    @property
    def prop(self):
        return 3
    @staticmethod
    def sm():
        pass
    @classmethod
    def cm(cls):
        pass
t = Thing()
print(t.__dict__, vars(t) is t.__dict__, type(Thing.__dict__).__name__)
print(sorted(k for k in Thing.__dict__ if not k.startswith("__")), "__init__" in Thing.__dict__, "base_attr" in Thing.__dict__)
print([n for n in dir(t) if not n.startswith("__")], [n for n in dir(Thing) if not n.startswith("__")])
print(dir(t) == sorted(dir(t)), "__class__" in dir(t), "__dict__" in dir(t), "inst" in dir(Thing))
t.__dict__["added"] = 5
print(t.added, vars(t))
t.__dict__ = {"replaced": True}
print(vars(t), hasattr(t, "inst"))
try:
    Thing.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    t.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"), Slotted.__slots__, type(Slotted.__dict__["a"]).__name__,
      [n for n in dir(s) if not n.startswith("__")])
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError", e)
class WithDictSlot:
    __slots__ = ("x", "__dict__")
w = WithDictSlot()
w.y = 2
w.x = 1
print(vars(w), w.x)
