# str subclasses: methods return plain str, __str__/__repr__ overrides, use as dict keys, format and %.
class Tag(str):
    def __new__(cls, value, kind="t"):
        obj = super().__new__(cls, value.lower())
        obj.kind = kind
        return obj
    def __repr__(self):
        return "Tag(%s)" % str.__repr__(self)
t = Tag("HeLLo", "greeting")
print(t, repr(t), t.kind, type(t.upper()).__name__, type(t + "x").__name__, type("x" + t).__name__, type(t * 2).__name__)
print({t: 1}["hello"], {"hello": 2}[t], t == "hello", hash(t) == hash("hello"), t in ["hello"], "ell" in t)
print(str(t), type(str(t)).__name__, f"{t}", "%s|%r" % (t, t), "{}|{!r}".format(t, t), format(t, ">8"))
class Shout(str):
    def __str__(self):
        return self.upper() + "!"
s = Shout("hey")
print(s, str(s), "%s" % s, f"{s}", "{}".format(s), [s], s + "", "".join([s]))
class Weird(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
print(Weird("a") == "b", "b" == Weird("a"), "b".__eq__(Weird("a")), {Weird("a"): 1}.get("a"))
