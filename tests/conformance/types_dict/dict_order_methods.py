# Insertion order, every dict method, and the behaviour of re-inserting and deleting keys.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d), d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d)
del d["b"]
d["b"] = 11
print(d, d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("c", 99), d.setdefault("n", []), d.setdefault("m"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ("x", 4)])
d.update(w=5)
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
d.clear()
print(d, e, e is not d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(()))
print(dict(), dict(a=1), dict([(1, 2), [3, 4]]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))), dict(e))
for bad in [lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem(), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]),
            lambda: {[1]: 2}, lambda: {}.get(), lambda: dict(1), lambda: {}.update(1), lambda: {}.update([1]),
            lambda: {}.setdefault(), lambda: {}.fromkeys(), lambda: {1: 2}[[1]], lambda: dict.fromkeys(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
f = {1: "int", 1.0: "float", True: "bool"}
print(f, {0: "a", False: "b", 0.0: "c"}, {(1, 2): 1, (1.0, 2.0): 2})
print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({3: 4, 1: 2}) == list({1: 2, 3: 4}), {} == {})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError", e)
g = {i: i * i for i in range(6) if i != 3}
print(g, {k: v for k, v in zip("xyz", (1, 2, 3))}, {**g, 0: "zero", **{9: 9}})
h = {}
h[1] = h
print(h, {"a": {"b": {}}})
