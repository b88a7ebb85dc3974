TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Ünïcödé wörds: naïve café — and an emoji 🎉 too."""

def words(text):
    cur = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            cur.append(ch.lower())
        elif cur:
            yield "".join(cur)
            cur = []
    if cur:
        yield "".join(cur)

freq = {}
for w in words(TEXT):
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>10} {'#' * n} {n}")
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(TEXT.count("it was"), TEXT.find("Light"), TEXT.rfind("was"), TEXT.upper()[-30:])
caps = [w for w in TEXT.split() if w[:1].isupper()]
print(caps, len(set(TEXT.lower().split())))
print("🎉" in TEXT, len("🎉"), "🎉".encode("utf-8"), ascii("naïve 🎉"))
print(" | ".join(w.title().center(9, "*") for w in ["best", "worst", "age"]))
table = str.maketrans("aeiou", "AEIOU", ",.")
print(lines[0].translate(table))
print(sorted({len(w) for w in freq}), sum(map(len, freq)) / len(freq))
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr, "%-8s|%5.1f%%|%x" % (acr, 12.345, 255), "{0!r:^12}".format("x"))
print(list(zip(*[iter(range(9))] * 3)), list(enumerate("abc", start=1)))
print(TEXT.encode("utf-8")[-12:], bytes(range(5)).hex(":"), bytearray(b"abc").upper())
