# ranges with huge bounds and negative steps: len, index, containment, slicing, and reversed.
r = range(-10 ** 20, 10 ** 20, 7 * 10 ** 17)
print(len(r), r[0], r[-1], r[len(r) // 2], 0 in r, 7 * 10 ** 17 - 10 ** 20 in r, r.index(-10 ** 20 + 7 * 10 ** 17 * 3))
print(r[10:20], r[::-50], r[5:2:-1], list(r[:3]), list(reversed(r[-2:])), r.count(r[5]))
s = range(100, -100, -7)
print(len(s), list(s[:5]), s[-1], -2 in s, -3 in s, s.index(-5), list(reversed(s))[:4], s[::3][1:4])
print(range(5)[::-1] == range(4, -1, -1), range(0, 10, 3)[::-1], range(10)[-3:-1], range(10)[1:-1:4], range(3)[10:])
e = range(5, 0)
print(len(e), list(e), e[::-1], bool(e), 3 in e, list(reversed(e)))
try:
    e[0]
except IndexError as err:
    print("IndexError", err)
try:
    len(range(0, 2 ** 64))
except OverflowError as err:
    print("OverflowError", err)
print(range(0, 2 ** 64).__len__ if False else "skip", range(2 ** 64)[2 ** 63], range(2 ** 64)[-1] == 2 ** 64 - 1)
class X:
    def __eq__(self, other):
        return other == 3
print(X() in range(5), X() in range(3), 3.0 in range(5), True in range(2), 1 + 0j in range(3) if False else "skip")
