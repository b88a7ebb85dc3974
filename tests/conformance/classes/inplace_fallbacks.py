# In-place operators fall back to binary operators; __iadd__ returning NotImplemented; immutables rebind.
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)
    def __repr__(self): return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
class Inplace(Acc):
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
c = Inplace(1)
d = c
c += 5
print(c, d, c is d)
class Refuses(Acc):
    def __iadd__(self, o):
        print("  __iadd__ -> NotImplemented")
        return NotImplemented
r = Refuses(1)
r += 2
print(r, type(r).__name__)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    n *= 2
except TypeError as e:
    print("TypeError:", e)
try:
    n @= 2
except TypeError as e:
    print("TypeError:", e)
class Radd:
    def __radd__(self, o):
        return f"Radd.__radd__({o!r})"
x = 5
x += Radd()
print(x)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, "| but the list changed:", t)
s = "a"
s2 = s
s += "b"
print(s, s2)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(sorted(fs), sorted(fs2), fs is fs2)
st = {1}
st2 = st
st |= {2}
print(st is st2, sorted(st))
d = {"a": 1}
d2 = d
d |= {"b": 2}
print(d is d2, d)
