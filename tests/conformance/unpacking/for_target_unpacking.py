# Unpacking in for-loop targets, including attributes and subscripts as targets.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, word in pairs:
    print(n, word)
for i, (n, word) in enumerate(pairs, start=10):
    print(i, n, word[::-1])
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
data = {"alice": [90, 85], "bob": [70, 95, 80]}
for name, (best, *others) in sorted(data.items()):
    print(name, best, others)
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print(h.value)
slots = [None, None]
for slots[0], slots[1] in [(1, 2), (3, 4)]:
    print(slots)
d = {}
for k, d[k] in [("a", 1), ("b", 2)]:
    pass
print(d)
matrix = [[1, 2, 3], [4, 5, 6]]
for row_i, row in enumerate(matrix):
    for col_i, value in enumerate(row):
        print(f"({row_i},{col_i})={value}", end=" ")
print()
for x, y in zip(range(3), "xyz"):
    print(x, y, end="; ")
print()
for key, value in {"k1": "v1", "k2": "v2"}.items():
    print(key, "=>", value)
