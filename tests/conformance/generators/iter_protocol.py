# The iterator protocol by hand: __iter__/__next__, iter(callable, sentinel), iterators vs iterables.
class Range3:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range3Iter(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
class Range3Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range3(0, 10, 3)
print(list(r), list(r), len(r), sum(r), 6 in r, 7 in r)
it = iter(r)
print(next(it), next(it), list(it), list(it))
data = [5, 3, 8]
pos = {"i": 0}
def reader():
    i = pos["i"]
    pos["i"] += 1
    return data[i] if i < len(data) else None
print(list(iter(reader, None)))
calls = iter([1, 2, 3, 0, 4])
print(list(iter(calls.__next__, 0)))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NextOnly:
    def __next__(self): return 1
try:
    for x in NextOnly():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
a, b, c = Range3(1, 4)
print(a, b, c)
print(dict(zip(Range3(0, 3), "abc")), list(enumerate(Range3(5, 8))), sorted(Range3(0, 5), reverse=True))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
