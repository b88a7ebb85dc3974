# += extends in place (any iterable), + needs a list; *= repeats in place; aliasing shows the difference.
a = [1]
b = a
a += (2, 3)
a += "xy"
a += range(2)
a += {9: 0}
print(a, b is a)
c = a + [0]
print(c is a, len(c), len(a))
for bad in [lambda: a + "xy", lambda: a + (1,), lambda: a * "2", lambda: a * 1.0]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    a += 5
except TypeError as e:
    print("TypeError", e)
m = [[0]]
n = m
m *= 3
print(m, n is m, m[0] is m[2])
m *= 0
print(m, n)
x = [1, 2]
x *= -1
print(x)
big = [None] * 10000
print(len(big), big.count(None))
try:
    [1] * (2 ** 62)
except MemoryError:
    print("MemoryError")
except OverflowError as e:
    print("OverflowError", e)
