# Iterating strings yields one-character strings; in/not in with substrings; enumerate/zip/reversed over text.
s = "kiln🔥"
print([c for c in s], list(enumerate(s))[-1], list(zip(s, range(10)))[:2], "".join(reversed(s)), sorted(s))
print("il" in s, "" in s, "🔥" in s, "x" not in s, s.__iter__().__next__(), type(iter(s)).__name__, type(iter("ascii")).__name__)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    None in "abc"
except TypeError as e:
    print("TypeError", e)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sum(1 for c in "banana" if c == "a"))
print(list(map(ord, "az")), "".join(map(chr, [72, 105])), any(c.isdigit() for c in "ab1"), all(c.isalpha() for c in "ab1"))
