# Within one run: equal strings/bytes hash equal, str and bytes differ as keys, and hash is cached-consistent.
# (Actual str hash values are randomised per process, so only relations are printed.)
s1 = "kiln" * 3
s2 = "".join(["ki", "ln"] * 3)
print(s1 is not s2 or True, hash(s1) == hash(s2), hash(b"kiln") == hash(bytes("kiln", "ascii")))
print({"k": 1}.get("".join("k")), {b"k": 2}.get(bytes([107])), "k" in {b"k"}, b"k" in {"k"}, hash("") == hash(""), hash(b"") == 0)
print(hash("x") == hash("x"), type(hash("x")).__name__, hash(memoryview(b"ab")) == hash(b"ab"))
try:
    hash(memoryview(bytearray(b"ab")))
except ValueError as e:
    print("ValueError", e)
d = {}
for i in range(1000):
    d[str(i)] = i
print(all(d[str(i)] == i for i in range(1000)), len(d))
