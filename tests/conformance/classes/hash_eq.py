# __hash__/__eq__ rules: defining __eq__ removes hashing; hash inheritance; dict keys.
class Plain: pass
class EqOnly:
    def __eq__(self, o): return True
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"Both({self.k})"
print(Plain.__hash__ is object.__hash__, EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
d = {Both(1): "one", Both(2): "two"}
print(d[Both(1)], Both(2) in d, len({Both(3), Both(3), Both(4)}))
class Child(Both):
    def __eq__(self, o): return False
print(Child.__hash__)
class Child2(Both):
    pass
print(hash(Child2(5)) == hash(5))
class ExplicitNone:
    __hash__ = None
print(isinstance(ExplicitNone(), object), hasattr(ExplicitNone, "__hash__"), ExplicitNone.__hash__)
try:
    set([ExplicitNone()])
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self): return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(-1), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print(f"  hash Key({self.v})")
        return self.v % 3
    def __eq__(self, o):
        print(f"  eq Key({self.v}) Key({o.v})")
        return self.v == o.v
s = {Key(1)}
print(Key(4) in s, Key(1) in s)
