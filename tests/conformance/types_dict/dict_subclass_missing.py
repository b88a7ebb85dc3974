# dict subclasses: __missing__ is used by d[k] only; overridden __getitem__/__setitem__ and what bypasses them.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["zz"], c.get("zz"), "zz" in c, len(c))
class AutoVivify(dict):
    def __missing__(self, key):
        v = self[key] = AutoVivify()
        return v
t = AutoVivify()
t["a"]["b"]["c"] = 1
print(t, isinstance(t["a"], dict))
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
l = Loud(a=1)
l["b"] = 2
l.update(c=3)
l.setdefault("d", 4)
print(dict(l), l["b"], l.get("a"), {**l})
class Bad(dict):
    def __missing__(self, key):
        raise KeyError("custom " + repr(key))
try:
    Bad()["q"]
except KeyError as e:
    print("KeyError", e)
class NotCallable(dict):
    __missing__ = None
try:
    NotCallable()["x"]
except TypeError as e:
    print("TypeError", e)
class WithInit(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = "attr"
w = WithInit([(1, 2)], k=3)
print(w, w.extra, type(w.copy()).__name__, WithInit.fromkeys("ab") if False else type(WithInit.fromkeys("ab")).__name__)
print(repr(Counter(a=1)), Counter(a=1) == {"a": 1}, type(Counter() | {}).__name__)
