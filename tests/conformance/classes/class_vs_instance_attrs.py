# Class attributes versus instance attributes, shadowing, mutation through instances.
class Config:
    defaults = {"debug": False}
    tags = []
    level = 1
    def __init__(self, name):
        self.name = name
a, b = Config("a"), Config("b")
a.level = 5
print(a.level, b.level, Config.level)
a.tags.append("shared!")
print(b.tags, Config.tags)
a.tags = ["own"]
print(a.tags, b.tags)
Config.level = 10
print(a.level, b.level, Config.level)
del a.level
print(a.level)
print(sorted(vars(a)), sorted(k for k in vars(Config) if not k.startswith("__")))
Config.new_method = lambda self: f"patched method on {self.name}"
print(a.new_method(), b.new_method())
b.instance_fn = lambda: "instance function, not bound"
print(b.instance_fn())
class Counter:
    total = 0
    def __init__(self):
        self.total += 1
c = Counter()
print(c.total, Counter.total)
class Outer:
    x = 1
    y = [x * i for i in range(3)] if False else None
    z = x + 1
    class Inner:
        try:
            w = x
        except NameError as e:
            w = f"NameError: {e}"
print(Outer.z, Outer.Inner.w)
print(getattr(Config, "defaults"), hasattr(a, "defaults"), "defaults" in vars(a))
setattr(Config, "dyn", 99)
print(a.dyn, type(a).dyn)
print(Config.__dict__["level"], type(Config.__dict__).__name__)
try:
    Config.__dict__["level"] = 0
except TypeError as e:
    print("TypeError:", e)
