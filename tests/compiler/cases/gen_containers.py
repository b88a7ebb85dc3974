l = [1, 2, 3]
t = (4, 5, 6)
s = {7}
d = {"a": 1, "b": 2}
print(l, t, sorted(s), d)
print([*l, *t], (*l, 0), {*l}, {**d, "c": 3}, {"z": 0, **d})
print([1, 2, 3, 4], [], (), {}, [[]], (1,), [*[], *()])
big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]
print(len(big), sum(big))
bigd = {i: i for i in range(3)}
keys = {"k%d" % i: i for i in range(40)}
print(len(keys))
dd = {1: 'a', 2: 'b', 3: 'c', 4: 'd', 5: 'e', 6: 'f', 7: 'g', 8: 'h', 9: 'i', 10: 'j', 11: 'k', 12: 'l', 13: 'm', 14: 'n', 15: 'o', 16: 'p', 17: 'q', 18: 'r'}
print(len(dd), dd[18])
x = 1
dv = {x: 1, x + 1: 2}
print(dv)
print(l[0], l[-1], l[1:], l[:2], l[::2], l[::-1], l[0:3:2])
l[0] = 10
l[1:2] = [20, 21]
print(l)
del l[0]
del l[0:1]
print(l)
m = [[1, 2], [3, 4]]
m[0][1] += 5
m[1][0:1] += [9]
print(m)
a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
[p, q] = 7, 8
print(p, q)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
t2 = 1, 2, 3
print(t2)
print(3 in {1, 2, 3}, 4 in [1, 2], 5 not in (5,))
dct = {}
dct["a"] = dct.get("a", 0) + 1
print(dct)
obj = type("O", (), {})()
obj.x = 5
obj.x += 1
print(obj.x)
del obj.x
print(hasattr(obj, "x"))
print({1: 2}.keys() | {3})
ss = "abcdef"
print(ss[1:-1], ss[None:3])
