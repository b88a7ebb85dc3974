# Subclassing dict, list, int and str: which methods call overridden dunders.
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = LowerDict()
d["KEY"] = 1
print(d, d["Key"], d.get("key"), d.get("KEY"))
d2 = LowerDict({"MiXeD": 2})
print(d2, "mixed" in d2)
d.update(OTHER=3)
print(d)
class CountingList(list):
    def append(self, x):
        print("  append", x)
        super().append(x)
cl = CountingList([1])
cl.append(2)
cl.extend([3])
cl += [4]
print(cl, type(cl).__name__, type(cl + [5]).__name__, type(cl[:1]).__name__, type(cl * 2).__name__)
class Meters(float):
    def __add__(self, o):
        return Meters(float(self) + o)
    def __repr__(self):
        return f"{float(self)}m"
m = Meters(1.5)
print(m + 1, 1 + m, type(1 + m).__name__, type(m * 2).__name__, m)
class Bits(int):
    pass
b = Bits(6)
print(b & 3, type(b & 3).__name__, type(-b).__name__, b.bit_length(), Bits("ff", 16))
class Name(str):
    def greet(self):
        return "Hello " + self
n = Name("bob")
print(n.greet(), type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__)
class Default(dict):
    def __missing__(self, k): return "?"
dd = Default(a=1)
print(dd["a"], dd["b"], dd.get("b"), "b" in dd)
class MyTuple(tuple):
    def total(self): return sum(self)
t = MyTuple([1, 2, 3])
print(t.total(), t, type(t[1:]).__name__, isinstance(t, tuple))
