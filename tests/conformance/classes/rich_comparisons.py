# Rich comparisons, reflection, NotImplemented, and sorting with __lt__ only.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    __hash__ = None
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"), Version("2") > Version("1.9"))
print(Version("1") >= Version("1"), Version("1") == "1", Version("1") != "1")
try:
    Version("1") < "2"
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"  Loud{self.n}.__eq__(Loud{o.n})")
        return NotImplemented
    def __lt__(self, o):
        print(f"  Loud{self.n}.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"  Loud{self.n}.__gt__")
        return NotImplemented
a, b = Loud(1), Loud(2)
print(a == b, a != b, a == a)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class AlwaysEqual:
    def __eq__(self, o): return True
    def __ne__(self, o): return "custom ne"
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [AlwaysEqual()] == [1])
print(None == AlwaysEqual(), 1 in [AlwaysEqual()], [1, 2].index(AlwaysEqual()) if False else "skip")
class Sub(Version):
    def __eq__(self, o):
        print("  Sub.__eq__ tried first")
        return super().__eq__(o)
print(Version("3") == Sub("3"))
print((1, Version("2")) < (1, Version("3")), [Version("1")] < [Version("1"), 0])
