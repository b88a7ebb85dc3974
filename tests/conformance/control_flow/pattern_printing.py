# Printing patterns with nested loops: triangles, diamond, multiplication table, spiral matrix.
n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n - 1, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
print()
print("    " + "".join(f"{j:4}" for j in range(1, 10)))
for i in range(1, 10):
    print(f"{i:4}" + "".join(f"{i * j:4}" for j in range(1, 10)))
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or m[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
for row in spiral(5):
    print(" ".join(f"{v:2}" for v in row))
for row in range(6):
    print("".join("#" if (row + col) % 3 == 0 else "." for col in range(12)))
