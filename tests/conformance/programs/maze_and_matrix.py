from_str = """
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########
""".strip().splitlines()

def neighbours(r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        yield r + dr, c + dc

def solve(grid):
    start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
    goal = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
    frontier = [start]
    came = {start: None}
    while frontier:
        nxt = []
        for cell in frontier:
            if cell == goal:
                frontier = []
                break
            for n in neighbours(*cell):
                r, c = n
                if grid[r][c] != "#" and n not in came:
                    came[n] = cell
                    nxt.append(n)
        else:
            frontier = nxt
    path, cur = [], goal
    while cur is not None:
        path.append(cur)
        cur = came[cur]
    return path[::-1]

path = solve(from_str)
print(len(path), path[:4], path[-1])
canvas = [list(row) for row in from_str]
for r, c in path[1:-1]:
    canvas[r][c] = "o"
print("\n".join("".join(row) for row in canvas))
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        base = self
        while n:
            if n & 1: result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __repr__(self): return f"Matrix({self.rows})"
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib.rows[0][1], fib == Matrix(fib.rows), fib != 3)
try:
    hash(fib)
except TypeError as e:
    print(e)
print(divmod(-7, 2), -7 // 2, -7 % 2, round(2.5), round(3.5), round(-0.5), 10 ** -2, 2 ** 0.5, pow(3, 100, 7), pow(2, -1, 7))
print(int("ff", 16), int("0b101", 0), float("  -1e-3 "), complex(1, -2) * 1j, abs(-3 + 4j), 0.1 + 0.2, 1e16 + 1, -0.0, 1 / 3)
print(sorted([3, 1, 2], reverse=True), list(reversed(range(0, 10, 3))), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
