# View objects: repr, len after changes, iteration order after delete/reinsert, set ops with lists, mapping attribute.
d = dict.fromkeys(range(5), 0)
ks = d.keys()
del d[2]
d[2] = 1
print(ks, list(ks), d.values(), d.items(), len(ks))
print(ks - [0, 1], ks & [3, 9], ks | [7], ks ^ [0, 8], [0, 1] - ks if False else "skip")
print(type(ks - [0]).__name__, ks == {0, 1, 2, 3, 4}, ks != [0], ks.isdisjoint([9]), ks > {1}, ks >= ks)
print(sorted(d.items() | {(9, 9)}), sorted(d.items() - {(0, 0)}), type(d.values()).__name__)
print(ks.mapping == d, ks.mapping is not d, type(ks.mapping).__name__, dict(ks.mapping))
try:
    ks.mapping["x"] = 1
except TypeError as e:
    print("TypeError", e)
e = {"z": 1, "a": 2}
print(list(reversed(e.keys())), list(reversed(e.values())), list(reversed(e.items())), next(iter(e.items())))
items = e.items()
print(("z", 1) in items, ("z", 2) in items, ("q", 1) in items, (1,) in items, "z" in items)
try:
    ([], 1) in items
except TypeError as err:
    print("TypeError", err)
try:
    e.keys() | 5
except TypeError as err:
    print("TypeError", err)
