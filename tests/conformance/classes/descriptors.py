# Data and non-data descriptors and their precedence over instance __dict__.
class NonData:
    def __get__(self, obj, objtype=None):
        return f"NonData.__get__({None if obj is None else type(obj).__name__}, {objtype.__name__})"
class Data:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Data on class"
        return self.store.get("v", "Data default")
    def __set__(self, obj, value):
        self.store["v"] = f"Data stored {value}"
    def __delete__(self, obj):
        print("Data.__delete__")
        self.store.clear()
class Host:
    nd = NonData()
    d = Data()
h = Host()
print(h.nd, Host.nd)
h.__dict__["nd"] = "instance wins over non-data"
print(h.nd)
h.d = 5
print(h.d, Host.d)
h.__dict__["d"] = "instance loses to data descriptor"
print(h.d)
del h.d
print(h.d)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, vars(p))
try:
    p.x = "one"
except TypeError as e:
    print("TypeError:", e)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 7
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class R:
    const = ReadOnly()
r = R()
try:
    r.const = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.const)
class Method:
    def f(self):
        return self
m = Method()
print(Method.__dict__["f"].__get__(m, Method)() is m, Method.f.__get__(m)() is m)
print(type(Method.__dict__["f"]).__name__, hasattr(Method.__dict__["f"], "__set__"))
