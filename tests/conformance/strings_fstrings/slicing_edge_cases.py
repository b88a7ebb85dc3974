# Slicing strings, lists and tuples with negative, out-of-range, zero-length and stepped slices.
s = "0123456789"
specs = [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2), (None, None, -1),
         (8, 2, -2), (2, 8, -1), (-100, 100, None), (100, None, None), (None, None, -3), (5, 5, None), (-1, -11, -1),
         (1, None, 3), (None, 0, -1), (3, -3, None)]
for a, b, c in specs:
    sl = slice(a, b, c)
    print(f"{str(sl):24} {s[sl]!r:14} {list(range(10))[sl]} {sl.indices(10)}")
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
lst = list(range(10))
lst[2:5] = ["a"]
print(lst)
lst[::3] = "XYZW"[:len(lst[::3])]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
lst[len(lst):] = [99, 100]
lst[:0] = ["start"]
print(lst)
del lst[1::2]
print(lst)
t = tuple(range(6))
print(t[::-2], t[10:], t[-2:], t[1:-1:2])
print("abc"[1:1] == "", "abc"[-1:-2], "abc"[-2:-1], "héllo wörld"[::-1], "🙂ab🙂"[1:-1])
class Seq:
    def __getitem__(self, key):
        return key
print(Seq()[1:2], Seq()[::], Seq()[1:2, ::3], Seq()[...], Seq()[:, None])
