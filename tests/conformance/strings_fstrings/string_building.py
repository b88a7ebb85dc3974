# Building text: join vs concatenation, a table report, word wrapping, justification.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 0.1), ("dragonfruit", 1, 4.75)]
header = f"{'item':<12}{'qty':>5}{'price':>8}{'total':>9}"
lines = [header, "-" * len(header)]
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    lines.append(f"{name:<12}{qty:>5}{price:>8.2f}{total:>9.2f}")
lines.append("=" * len(header))
lines.append(f"{'TOTAL':<25}{grand:>9.2f}")
print("\n".join(lines))
def wrap(text, width):
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    return out
text = "The quick brown fox jumps over the lazy dog and keeps running far beyond the hills into the distance"
for width in (20, 35):
    print(f"--- width {width}")
    for l in wrap(text, width):
        print(f"|{l:<{width}}|")
    for l in wrap(text, width):
        print(f"|{l:>{width}}|")
acc = ""
for i in range(10):
    acc += str(i)
print(acc, len(acc))
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts))
def box(lines):
    w = max(map(len, lines))
    top = "+" + "-" * (w + 2) + "+"
    return "\n".join([top] + [f"| {l.ljust(w)} |" for l in lines] + [top])
print(box(["Kiln", "conformance", "suite"]))
