# The | and |= operators, ** unpacking with duplicates, and update from objects with keys().
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
c |= [("w", 0)]
print(c)
for bad in [lambda: a | [("k", 1)], lambda: a | None, lambda: [1] | a]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
try:
    c |= 5
except TypeError as e:
    print("TypeError", e)
print({**a, **b}, {**b, "y": 0}, dict(a, **{"q": 1}))
try:
    dict(a, **{1: 2})
    print("ok")
except TypeError as e:
    print("TypeError", e)
def f(**kw):
    return kw
try:
    f(**a, **{"x": 3})
except TypeError as e:
    print("TypeError", e)
class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysOnly()), {**KeysOnly()}, a | dict(KeysOnly()))
e = {}
e.update(KeysOnly())
print(e)
class OD(dict):
    pass
r = OD(a) | b
print(type(r).__name__, r, type(b | OD(a)).__name__)
