# **kwargs with unusual keys and dict unpacking corner cases.
def f(**kw):
    return kw
print(f(**{"with space": 1, "": 2, "class": 3}))
print(f(**{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def g(a, b):
    return a, b
try:
    g(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()), dict(Mapping()), {**Mapping(), "z": 0})
try:
    f(**{1: "int key"})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**None)
except TypeError as e:
    print("TypeError:", e)
def h(*, a, b):
    return a * 10 + b
print(h(**dict(a=1, b=2)), h(b=3, **{"a": 4}))
