# Floor division and modulo follow the sign of the divisor; divmod agrees with // and %.
pairs = []
for a in (-17, -16, -1, 0, 1, 16, 17, 10 ** 20 + 3, -(10 ** 20) - 3):
    for b in (-5, -4, -1, 1, 4, 5, 10 ** 10, -(10 ** 10)):
        q, r = divmod(a, b)
        assert q == a // b and r == a % b and q * b + r == a
        pairs.append((a, b, q, r))
for p in pairs:
    print(*p)
for bad in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0, lambda: (10 ** 30) // 0):
    try:
        bad()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(7 / 2, -7 / 2, 10 ** 20 / 4, (10 ** 400) // (10 ** 399))
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399))
print(1 / 3, 2 / 3, (2 ** 53 + 1) / 1)
