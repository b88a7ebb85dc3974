# Conway's Game of Life on a small torus, with a glider and a blinker, printing generations.
W, H = 12, 8
def parse(pattern, ox, oy):
    cells = set()
    for y, row in enumerate(pattern.strip().splitlines()):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add(((x + ox) % W, (y + oy) % H))
    return cells
def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield ((x + dx) % W, (y + dy) % H)
def step(live):
    counts = {}
    for c in live:
        for n in neighbours(c):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def render(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(W)) for y in range(H))
glider = parse(".#.\n..#\n###", 0, 0)
blinker = parse("###", 7, 5)
world = glider | blinker
seen = {}
for gen in range(9):
    print(f"generation {gen}: {len(world)} alive")
    print(render(world))
    key = tuple(sorted(world))
    if key in seen:
        print("repeats generation", seen[key])
    seen[key] = gen
    world = step(world)
print(sorted(world))
