# Assignment expressions (:=) in conditions, comprehensions and calls.
data = [3, 8, 1, 9, 4, 7]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
i = 0
while (item := data[i]) != 9:
    print("skip", item)
    i += 1
print("stopped at", item, "index", i)
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
total = 0
running = [total := total + x for x in data]
print(running, total)
def chunks(seq, size):
    it = iter(seq)
    out = []
    while chunk := [v for _, v in zip(range(size), it)]:
        out.append(chunk)
    return out
print(chunks(range(10), 3))
print((z := 5) + z, z)
print([last := c for c in "walrus"], last)
values = {"a": 1, "b": None}
for k in "abc":
    if (v := values.get(k)) is not None:
        print(k, "->", v)
    else:
        print(k, "missing or None")
print(any((hit := w).startswith("p") for w in ["apple", "pear", "plum"]), hit)
print(f"{(w := 10) * 2} {w}")
def f(x):
    return (r := x + 1, r * 2)
print(f(4))
