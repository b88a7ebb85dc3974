# __getitem__-based iteration, __iter__, __contains__, __reversed__, __setitem__, __delitem__, __missing__.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares() if x % 2])
a, b, *rest = Squares()
print(a, b, rest, sorted(Squares(), reverse=True), max(Squares()))
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return [self[x, key.start or 0] for x in range(*slice(0, self.w).indices(self.w))]
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        print("  __contains__")
        return value in self.cells.values()
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
print("\n".join(g))
print("#" in g, "?" in g, len(g), g[1:2])
del g[1, 1]
print(list(g))
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
try:
    g["x"]
except TypeError as e:
    print("TypeError:", e)
class Defaults(dict):
    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        self[key] = len(key)
        return self[key]
d = Defaults()
print(d["abc"], d["abc"], d.get("zz"), dict(d))
class Rev:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def __reversed__(self): return iter(["custom", "reversed"])
print(list(reversed(Rev([1, 2]))), list(reversed(Squares.__getitem__.__class__ and [1, 2])))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(SeqOnly())))
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
