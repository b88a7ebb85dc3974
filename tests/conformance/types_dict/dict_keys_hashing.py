# User-defined keys with __hash__/__eq__, hash collisions, unhashable instances, and key identity.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K%d" % self.v
d = {K(i): i for i in range(10)}
print(d[K(4)], K(4) in d, K(40) in d, len(d), list(d)[:4])
for i in range(0, 10, 2):
    del d[K(i)]
print(d)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
calls = []
class Tracked:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash%d" % self.v)
        return 7
    def __eq__(self, other):
        calls.append("eq%d-%d" % (self.v, other.v))
        return self.v == other.v
e = {}
e[Tracked(1)] = "a"
e[Tracked(2)] = "b"
print(e[Tracked(2)], calls)
nan = float("nan")
f = {nan: 1}
print(f[nan], float("nan") in f, {1: "a", 1.0: "b"})
k1 = (1, 2)
g = {k1: "tuple"}
print(g[(1, 2)], g.get((1.0, 2.0)), {frozenset({1, 2}): 1}[frozenset({2, 1})])
