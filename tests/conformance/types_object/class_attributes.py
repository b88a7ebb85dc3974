# Class and instance attribute lookup order, shadowing, descriptors on the class, and deletion.
class Desc:
    def __get__(self, obj, owner):
        return ("desc", None if obj is None else type(obj).__name__, owner.__name__)
class DataDesc:
    def __get__(self, obj, owner):
        return "data-desc"
    def __set__(self, obj, value):
        obj.__dict__["stored"] = value
class K:
    plain = "class-plain"
    d = Desc()
    dd = DataDesc()
k = K()
print(k.plain, k.d, K.d, k.dd, K.dd)
k.plain = "inst-plain"
k.__dict__["d"] = "inst-shadows-nondata"
k.__dict__["dd"] = "inst-loses-to-data"
print(k.plain, K.plain, k.d, k.dd)
k.dd = "assigned"
print(k.__dict__["stored"], k.dd)
del k.plain
print(k.plain)
try:
    del k.plain
except AttributeError as e:
    print("AttributeError", e)
K.new = lambda self: "added later"
print(k.new(), K.new is K.__dict__["new"], type(k.new).__name__, k.new.__self__ is k, k.new.__func__ is K.new)
del K.new
print(hasattr(k, "new"))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count += 10
Counter(); c = Counter()
print(Counter.count, c.count)
class WithGetattr:
    real = 1
    def __getattr__(self, name):
        return "fallback-" + name
w = WithGetattr()
print(w.real, w.missing, getattr(w, "x"), hasattr(w, "anything"))
class WithGetattribute:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr-" + name
print(WithGetattribute().secret, WithGetattribute().other)
