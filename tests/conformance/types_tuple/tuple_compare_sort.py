# Lexicographic tuple comparison: element-wise with ==, mixed types only where reached, sorting records.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1,), (1, 0)), ((), ()), ((2,), (1, 9, 9)), ((1, "a"), (1, "b")),
         ((1, 2.0), (1, 2)), ((0, None), (1, None)), ((float("nan"),), (float("nan"),))]
for a, b in pairs:
    print(a, b, a == b, a < b, a <= b, a > b, a >= b)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    (None,) < (None,)
except TypeError as e:
    print("TypeError", e)
n = float("nan")
t = (n,)
print(t == t, (n,) == (n,), [n] == [n])
recs = [("bob", 25, 3.5), ("amy", 25, 3.9), ("cat", 22, 3.5), ("amy", 20, 4.0)]
print(sorted(recs), sorted(recs, key=lambda r: (r[1], -r[2])), min(recs), max(recs, key=lambda r: r[2]))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
print((Cmp(1), Cmp(2)) < (Cmp(1), Cmp(3)))
