# Unpacking in assignments: tuples, lists, nested, starred, from any iterable.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
x, *y = [1]
print(x, y, type(y).__name__)
*z, = (7, 8)
print(z)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
(m1, m2), = [(1, 2)]
print(m1, m2)
i = 0
items = [0, 0, 0]
i, items[i] = 1, 9
print(i, items)
obj = type("O", (), {})()
obj.a, obj.b = "attr", "targets"
print(obj.a, obj.b)
d = {}
d["x"], d["y"] = divmod(17, 5)
print(d)
s = slice(0, 2)
lst = [0, 1, 2, 3]
lst[s], last_item = ["a", "b", "c"], lst[-1]
print(lst, last_item)
a = b = c = [1, 2]
a, b = c
print(a, b, c)
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single)
for n, (ch, *more) in enumerate(["abc", "d"]):
    print(n, ch, more)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
