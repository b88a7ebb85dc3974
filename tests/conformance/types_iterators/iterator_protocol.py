# The iterator protocol with user classes: __iter__/__next__, __getitem__ fallback, exhaustion, errors.
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), sum(Count(4)), max(Count(5)), sorted(Count(3), reverse=True), 2 in Count(3), 9 in Count(3))
a, b, *rest = Count(5)
print(a, b, rest, [*Count(2)], {*Count(2)}, dict.fromkeys(Count(2)))
class GetItem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i
print(list(GetItem()), 9 in GetItem(), 5 in GetItem())
class BadIter:
    def __iter__(self):
        return 5
class NoNext:
    def __iter__(self):
        return self
for obj in (BadIter(), NoNext(), 5, None):
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print("TypeError", e)
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError", e)
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(g, "default"), list(g))
