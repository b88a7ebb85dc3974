# List equality and ordering use identity before __eq__; `in`, count, index and remove call __eq__ in order.
log = []
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append((self.v, getattr(other, "v", other)))
        return isinstance(other, E) and self.v == other.v
    def __repr__(self):
        return "E%d" % self.v
a, b, c = E(1), E(2), E(3)
lst = [a, b, c]
print(b in lst, log)
log.clear()
print(E(2) in lst, log)
log.clear()
print(lst.count(E(3)), lst.index(E(2)), log)
log.clear()
lst.remove(E(2))
print(lst, log)
n = float("nan")
print(n in [n], [n] == [n], [n].count(n), [n].index(n), [float("nan")] == [float("nan")])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 100], [1, [2, 3]] < [1, [2, 4]], [] == [], [0] > [])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
print([1, "a"] == [1, 2], [None] == [None], [1] != (1,), [1] == (1,))
