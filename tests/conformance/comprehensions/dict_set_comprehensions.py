# Dict and set comprehensions, duplicates, ordering, inversion.
words = ["apple", "banana", "avocado", "cherry", "blueberry", "apple"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}), {w[0] for w in words} == {"a", "b", "c"})
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items()})
print({k: v for k, v in squares.items() if v % 2 == 0})
grid = {(x, y): x * y for x in range(3) for y in range(3) if x <= y}
print(grid)
print({i % 3 for i in range(10)}, {c for c in "mississippi"} == set("misp"))
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print(dict(sorted(counts.items(), key=lambda kv: -kv[1])))
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print({frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})
