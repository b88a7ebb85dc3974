# ValueError/TypeError messages from unpacking.
cases = [
    "a, b = [1]",
    "a, b = [1, 2, 3]",
    "a, b = 1",
    "a, *b, c = [1]",
    "a, b = 'abc'",
    "a, b = {}",
    "a, = []",
    "(a, b), c = [1, 2]",
    "a, b = None",
    "*a, b, c, d = range(2)",
    "a, b, c = iter([1, 2])",
    "[a, b] = (x for x in range(5))",
]
for src in cases:
    try:
        exec(src, {})
        print(src, "-> ok")
    except (ValueError, TypeError) as e:
        print(src.ljust(32), "->", type(e).__name__ + ":", e)
def f(a, b):
    return a + b
try:
    f(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    print(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    [*1]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[]}
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
