# Word statistics over a paragraph: counting, sorting by frequency then alphabetically, formatting.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(".,;").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("words:", len(words), "distinct:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print(f"{word:>10} {n:3d} {'#' * n}")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d}: {len(line):3d} chars, {len(line.split()):2d} words, starts {line.split()[0]!r}")
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps, TEXT.count("it was"), TEXT.lower().count("it was"))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "-".join(w.capitalize() for w in "kebab case to title".split()))
