# range: lengths, indexing, slicing to ranges, membership, index/count, equality and reversed.
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(0, -10, -3),
          range(10 ** 20, 10 ** 20 + 5), range(0, 10 ** 30, 10 ** 29)]:
    print(r, len(r), list(r)[:6], r[0] if r else "-", r[-1] if r else "-", r[1:3], r[::-1], r.start, r.stop, r.step)
r = range(0, 20, 3)
print(r[2:], r[:-2], r[::2], r[::-2], r[10:20], r[-100:100], r[5:1:-1], 9 in r, 10 in r, 9.0 in r, "9" in r)
print(r.index(9), r.count(9), r.count(10), list(reversed(r)), sum(r), max(r), min(r), sorted(r, reverse=True)[:3])
print(range(0, 3) == range(0, 3, 1), range(0) == range(2, 2), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2),
      hash(range(0)) == hash(range(3, 3)), range(3) == [0, 1, 2])
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: r[100], lambda: r.index(4),
            lambda: range(), lambda: range(1, 2, 3, 4), lambda: len(range(10 ** 20)), lambda: r["a"],
            lambda: range(3) < range(4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I(), 10, I())), range(10 ** 20)[10 ** 19], range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
it = iter(range(3))
print(type(it).__name__, next(it), list(it), type(iter(range(10 ** 20))).__name__)
print(repr(range(1, 2)), str(range(0, 9, 2)), bool(range(0)), bool(range(1)))
