# get/pop/setdefault/popitem semantics: defaults are not evaluated lazily, popitem is LIFO, KeyError args.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d.pop("b", None), d.get("b", "g"), d.setdefault("b", 20), d, d.popitem(), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e, e.args)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e, e.args)
try:
    d[("t", 1)]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    d[KeyError("inner")]
except KeyError as e:
    print("KeyError", repr(e))
log = []
def dflt():
    log.append("called")
    return 0
d.get("a", dflt())
d.setdefault("a", dflt())
print(log)
x = {}
for w in "the quick the lazy the end".split():
    x[w] = x.get(w, 0) + 1
print(x)
y = {}
for w in "ab ac bd".split():
    y.setdefault(w[0], []).append(w)
print(y)
print({}.get(1), {1: None}.get(1, "dflt"), dict.get({2: 3}, 2), dict.pop({2: 3}, 2))
