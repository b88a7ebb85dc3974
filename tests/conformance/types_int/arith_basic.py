# int arithmetic: + - * / // % ** with small and mixed-sign operands.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
    print(a, row)
for a in vals:
    for b in vals:
        if b:
            print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0, 10 ** 0)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(abs(-5), -(-5), +5, ~5, ~-1, ~0)
