# Sets of user objects with __hash__/__eq__; membership, dedup, unhashable elements and mutated keys.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
pts = {P(1, 2), P(1, 2), P(2, 1), P(0, 0)}
print(len(pts), P(1, 2) in pts, P(3, 3) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
p = P(5, 5)
pts.add(p)
p.x = 6
print(p in pts, P(5, 5) in pts, len(pts))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    set([{1}])
except TypeError as e:
    print("TypeError", e)
print({frozenset({1}), frozenset({1})}, set([(1, 2), (1, 2), (2, 1)]) == {(1, 2), (2, 1)})
class Always:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return True
print(len({Always(), Always(), 1}), Always() in {1})
