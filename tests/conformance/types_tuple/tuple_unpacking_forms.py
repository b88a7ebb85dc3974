# Unpacking forms with tuples: nested targets, starred in the middle, swaps, for-loop targets, *args packing.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
[p, (q, *r)], s = [0, (1, 2, 3)], "s"
print(x, y, z, p, q, r, s)
head, *tail = "hello"
*init, last = [1]
print(head, tail, init, last)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for (a1, a2), *more in [((1, 2), 3, 4), ((5, 6),)]:
    print(a1, a2, more)
def f(*args):
    return args
print(f(), f(1), f(*[1, 2], 3, *(4,)), type(f()).__name__, (*"ab", *range(2)), tuple((*[1], *[2])))
t = 1,
u = ()
v = (1)
print(t, u, v, type(v).__name__, (1,) + t)
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
d = {}
d["k"], d["j"] = 1, 2
lst = [0, 0]
lst[0], lst[1] = lst[1] + 5, lst[0] + 7
print(obj.a, obj.b, d, lst)
i = 0
items = [10, 20]
i, items[i] = 1, 99
print(i, items)
