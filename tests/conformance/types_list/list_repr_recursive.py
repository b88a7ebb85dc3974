# repr of nested and self-referencing lists; equality and copies of recursive structures.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a)
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
x = {"self": None}
y = [x]
x["self"] = y
print(x, y)
t = ([],)
t[0].append(t)
print(t)
print([[], [[]], [[], [[]]]], [None, True, 1.5, "s", b"b", (1,), {1}, {"k": [2]}])
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "R(%r)" % (self.items,)
print(R())
