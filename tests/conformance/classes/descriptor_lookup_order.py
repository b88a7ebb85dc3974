# Attribute lookup order: data descriptor on type > instance dict > non-data descriptor > class attr > __getattr__.
log = []
class DataDesc:
    def __get__(self, obj, owner):
        log.append("DataDesc.__get__")
        return "data descriptor"
    def __set__(self, obj, value):
        log.append("DataDesc.__set__")
class NonDataDesc:
    def __get__(self, obj, owner):
        log.append("NonDataDesc.__get__")
        return "non-data descriptor"
class C:
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attribute"
    def __getattr__(self, name):
        log.append(f"__getattr__({name})")
        return f"fallback {name}"
c = C()
c.__dict__.update(d="instance d", n="instance n", plain="instance plain")
print(c.d, "|", c.n, "|", c.plain, "|", c.missing)
print(log)
log.clear()
del c.__dict__["n"], c.__dict__["plain"]
print(c.n, "|", c.plain)
print(log)
c.d = "assign"
print(log[-1], c.__dict__["d"])
class GetattrRaises:
    @property
    def prop(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"
print(GetattrRaises().prop)
class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
    x = 1
b = Both()
print(b.x, b.special, b.other)
class OnType:
    attr = "type attribute"
print(OnType.attr, type.__dict__["__name__"].__get__(OnType), OnType.__name__)
