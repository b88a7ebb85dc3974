# Tuples: construction, singletons, count/index, comparisons, concatenation, hashing, unpacking.
t = (1, "a", 2.5, None, (3, 4))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index(None), (), (1,), tuple(), tuple("ab"),
      tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") == (1, "a"), (2,) > (1, 9))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "v"}[(1, 2)], (1, [2]) == (1, [2]), 3 in (1, 2, 3), (3,) in [(3,)])
for bad in [lambda: t.index(99), lambda: t[10], lambda: t.__setitem__(0, 1), lambda: hash((1, [2])),
            lambda: (1,) + [2], lambda: t.count(), lambda: (1, "a") < ("a", 1), lambda: tuple(5), lambda: t.append(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a, (b, c), *rest = 1, (2, 3), 4, 5
print(a, b, c, rest)
first, *mid, last = range(6)
print(first, mid, last)
*init, = (1, 2)
print(init)
for bad in ["x, y = (1, 2, 3)", "x, y, z = (1, 2)", "x, y = 5", "x, *y, z = (1,)"]:
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
EMPTY = ()
print(tuple([1, 2]) is not tuple([1, 2]), tuple() is EMPTY, (1,) == tuple([1]), repr((1,)), repr(((),)), str(("s",)))
x = ([1],)
x[0].append(2)
print(x)
try:
    x[0] += [3]
except TypeError as e:
    print("TypeError", e)
print(x)
