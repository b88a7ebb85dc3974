# zip(strict=True): which argument is short or long, and how much is consumed before the error.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
show("equal", lambda: list(zip("ab", [1, 2], (True, False), strict=True)))
show("2nd short", lambda: list(zip("abc", [1, 2], strict=True)))
show("2nd long", lambda: list(zip("ab", [1, 2, 3], strict=True)))
show("3rd short", lambda: list(zip("ab", "xy", "z", strict=True)))
show("3rd long", lambda: list(zip("ab", "xy", "zzz", strict=True)))
show("2-3 long", lambda: list(zip("a", "xy", "zw", strict=True)))
show("empty", lambda: list(zip(strict=True)))
show("one", lambda: list(zip("ab", strict=True)))
consumed = []
def gen(n, tag):
    for i in range(n):
        consumed.append((tag, i))
        yield i
try:
    list(zip(gen(3, "a"), gen(2, "b"), strict=True))
except ValueError as e:
    print("ValueError", e, consumed)
consumed.clear()
print(list(zip(gen(3, "a"), gen(2, "b"))), consumed)
z = zip([1, 2], "ab", strict=False)
print(next(z), type(z).__name__, list(z), list(z))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("kv", [1, 2])), list(zip(range(3), range(10, 100))))
