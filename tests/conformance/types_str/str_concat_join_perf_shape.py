# Building strings by += in loops, join, repeated multiplication; results checked by length and content.
acc = ""
for i in range(2000):
    acc += str(i % 10)
print(len(acc), acc[:25], acc[-5:], acc.count("7"))
parts = [chr(65 + i % 26) * (i % 4) for i in range(500)]
joined = "".join(parts)
print(len(joined), joined[:30], joined.count("A"), ",".join(parts[:8]))
print(("ab" * 1000).count("ba"), len("xyz" * 0), len("🐍" * 1000), ("-" * 10).join("ab"))
s = ""
for ch in "kiln":
    s = ch + s
print(s, s * 2, "%s%s" % (s, s) == s * 2, "".join(reversed(s)))
lines = "\n".join("line %d" % i for i in range(5))
print(lines.splitlines()[-1], lines.count("\n"), len(lines))
