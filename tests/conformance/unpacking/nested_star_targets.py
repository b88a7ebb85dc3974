# Nested and starred targets in assignments, for loops and with statements together.
records = [("ann", (31, "NYC"), ["py", "go"]), ("bob", (25, "SF"), []), ("cy", (40, "LA"), ["c", "rust", "zig"])]
for name, (age, city), [*langs] in records:
    print(f"{name:4} {age} {city:3} {langs}")
for name, _, (first_lang, *other_langs) in records[:1] + records[2:]:
    print(name, first_lang, other_langs)
(a, (b, (c, (d, *e)))) = (1, (2, (3, (4, 5, 6))))
print(a, b, c, d, e)
[x, [y, *z]], *w = [[1, [2, 3, 4]], 5, 6]
print(x, y, z, w)
class Ctx:
    def __enter__(self):
        return ("head", ["t1", "t2"])
    def __exit__(self, *a):
        return False
with Ctx() as (h, [t1, t2]):
    print(h, t1, t2)
head, *body, (last_a, last_b) = [0, 1, 2, ("A", "B")]
print(head, body, last_a, last_b)
matrix = [[1, 2, 3], [4, 5, 6]]
(r1c1, *_), (*_, r2c3) = matrix
print(r1c1, r2c3)
d = {"point": (3, 4)}
(px, py), = d.values()
print(px, py)
it = iter(range(6))
first, second, *rest = it
print(first, second, rest)
