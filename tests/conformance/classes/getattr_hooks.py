# __getattr__, __getattribute__, __setattr__ and __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)
class Target:
    def __init__(self):
        self.a = 1
    def hello(self):
        return "hello from target"
t = Target()
p = Proxy(t)
print(p.a, p.hello())
p.b = 2
print(t.b, vars(t))
del p.a
print(vars(t), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Audited:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  __getattribute__({name!r})")
        if name == "secret":
            raise AttributeError("no secrets")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback for {name}"
a = Audited()
print(a.x)
print(a.secret)
print(a.nothing)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(x=1, y=2)
print(f.x, f.y)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(getattr(f, "z", "default z"), hasattr(f, "z"), hasattr(a, "anything"))
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Dynamic()
print(d.get_color(), d.get_size())
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
