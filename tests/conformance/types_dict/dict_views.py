# keys/values/items views: live updates, set operations, reversed, membership, errors on mutation.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it, len(k), len(v), len(it), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, [1] in v)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c", "d"},
      k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}), sorted(it & {("a", 1), ("a", 2)}), sorted(it - {("a", 1)}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), list(reversed({})))
print(k.mapping, type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__)
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d2 = {1: 1, 2: 2}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print("RuntimeError", e)
d3 = {1: 1, 2: 2}
for key in d3:
    d3[key] = key * 10
print(d3)
d4 = {1: 1}
try:
    for key in d4:
        d4.pop(key)
        d4[key + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(d4)
for bad in [lambda: v == v, lambda: {}.values() & set(), lambda: k[0], lambda: hash(k)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print({1: 2}.items() == {(1, 2)}, {1: 2}.keys() == {1: 3}.keys(), list(zip(d.keys(), d.values())) == list(d.items()))
