# Slice reads with steps and out-of-range bounds, slice assignment (growing, shrinking, extended), del.
base = list(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -7), slice(None, None, 2), slice(1, None, 3),
           slice(None, None, -1), slice(8, 2, -2), slice(-1, -11, -3), slice(20, 30), slice(-30, 3), slice(5, 2)]:
    print(sl, base[sl])
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::3] = "ABCD"
print(a)
a[1:3] = a
print(a, len(a))
del a[::2]
print(a)
del a[-2:]
print(a)
a[2:2] = range(3)
print(a)
a[5:1:-1] = "wxyz"
print(a)
for bad in [lambda: a.__setitem__(slice(None, None, 2), [1]), lambda: a.__setitem__(slice(0, 2), 5),
            lambda: a[100], lambda: a.__setitem__(100, 0), lambda: a["1"], lambda: a[1.0],
            lambda: a.__delitem__(50), lambda: a[::0], lambda: a.__setitem__(slice(None, None, 0), [])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
b = [1, 2, 3]
b[-1] = 9
b[0:1] = []
del b[:]
print(b)
c = list(range(6))
c[1:5:2], c[0] = ["p", "q"], "z"
print(c, c[-100:100], c[::-2], c[4::-1])
class Idx:
    def __index__(self):
        return 2
print(c[Idx()], c[Idx():], c[:Idx()], c[::Idx()])
