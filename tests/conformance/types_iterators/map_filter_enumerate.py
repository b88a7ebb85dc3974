# map with several iterables (shortest wins, strict in 3.14 only), filter with None, enumerate with start.
print(list(map(lambda a, b, c: a + b * c, [1, 2, 3], [4, 5], [6, 7, 8])), list(map(abs, (-1, -2))))
m = map(str.upper, iter(["a", "b"]))
print(next(m), list(m), list(m), type(m).__name__, iter(m) is m)
calls = []
def f(x):
    calls.append(x)
    return x * 2
lazy = map(f, [1, 2, 3])
print(calls, next(lazy), calls)
print(list(filter(None, [0, 1, "", "x", None, [], [0], 0.0, 2j])), list(filter(lambda x: x > 1, range(5))))
fi = filter(str.isalpha, "a1b2")
print(next(fi), list(fi), type(fi).__name__)
e = enumerate("abc", start=10)
print(next(e), list(e), type(e).__name__, list(enumerate([], 5)), list(enumerate("xy", -2)), list(enumerate("q", 2 ** 70)))
print(list(enumerate(map(len, ["a", "bb"]))), [(i, c) for i, c in enumerate(reversed("abc"), 1)])
def boom(x):
    if x == 2:
        raise KeyError("from map")
    return x
try:
    list(map(boom, [1, 2, 3]))
except KeyError as e:
    print("KeyError", e)
