# Star-unpacking and multiple targets consume arbitrary iterables; errors for too many/few values name the counts.
a, b, c = iter([1, 2, 3])
d, *e = (x * 2 for x in range(4))
f, g = {"k": 1, "j": 2}
h, i = {"x": 1}.items().__iter__().__next__()
print(a, b, c, d, e, f, g, h, i, [*range(3), *"ab"], (*{5: 0},), {**dict.fromkeys("ab", 0)})
def gen(n):
    yield from range(n)
for n in (1, 3, 5):
    try:
        x, y, z = gen(n)
        print(n, "ok", x, y, z)
    except ValueError as err:
        print(n, "ValueError", err)
for n in (0, 1, 2):
    try:
        first, *mid, last = range(n)
        print(n, first, mid, last)
    except ValueError as err:
        print(n, "ValueError", err)
try:
    p, q = 5
except TypeError as err:
    print("TypeError", err)
try:
    p, q = None
except TypeError as err:
    print("TypeError", err)
print(max(*[3, 9, 2]), min(*"zay"), print(*[], sep="x"), "".join([*map(str, range(3))]))
