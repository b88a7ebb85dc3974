# Builtins over very long (not deep) data work without recursion: big lists, dicts, strings, sets.
# timeout: 60
n = 200000
big = list(range(n))
print(len(big), sum(big), big[-1], max(big), min(big), sorted(big, reverse=True)[:3])
d = {i: i * i for i in range(n)}
print(len(d), d[n - 1], sum(d.values()) % 1000007, list(d)[-3:])
s = set(range(0, n, 3))
print(len(s), 299997 in s, 299998 in s, len(s & set(range(0, n, 5))))
text = "abc" * n
print(len(text), text.count("ca"), text.find("cab", 1000), text[-5:], len(text.split("b")))
joined = ",".join(map(str, range(10000)))
print(len(joined), joined[:20], joined.count(","))
t = tuple(big)
print(len(t), t.index(12345), t.count(7), hash(t[:10]) == hash(tuple(range(10))))
nested_wide = [[i] for i in range(n)]
print(len(repr(nested_wide)), repr(nested_wide)[:30])
b = bytes(range(256)) * 1000
print(len(b), b.count(b"\x00"), b[-1], bytearray(b)[1000])
print(len(str(2 ** 10000)), str(2 ** 10000)[:20])
