# zip (with strict), enumerate, reversed, sorted, map/filter with multiple iterables, iterator laziness.
names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()), list(zip("abc", range(2))))
print(dict(zip(names, ages)), list(zip(*zip(names, ages))))
try:
    list(zip(names, [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], names, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(names, ages, strict=True)))
print(list(enumerate(names)), list(enumerate(names, -1)), list(reversed(names)), list(reversed(range(1, 8, 3))))
print(sorted(zip(ages, names)), sorted(names, key=len), sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))), list(filter(str.isupper, "aBcD")))
m = map(print, ["lazy1", "lazy2"])
print("map object created")
list(m)
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
e = enumerate("ab")
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as err:
    print("TypeError:", err)
try:
    enumerate(5)
except TypeError as err:
    print("TypeError:", err)
print(sum(1 for _ in filter(None, [0, 1, 2, None, "", "x"])), any(map(str.isdigit, "ab1")), all(map(bool, [])))
print(list(map(pow, range(4), [2] * 4)), min(zip([3, 1], "ab")), max(enumerate("zay"), key=lambda p: p[1]))
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__, type(filter(None, [])).__name__)
