# arithmetic, names, constants, folding
a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> 1, a | b, a & b, a ^ b)
print(-a, +a, ~a, not a)
print(2 ** 100, -2 ** 2, (-2) ** 2, 2 ** -1, 10 // -3, 10 % -3, -10 // 3, 7.5 // 2, -7.5 % 2)
print(1 + 2 * 3, (1 + 2) * 3, "ab" * 3, 3 * "xy", b"ab" + b"cd", (1, 2) + (3,), (1,) * 3)
print(1e300 * 1e10, 0.1 + 0.2, 1j * 1j, (1 + 2j) - 3, -(1j))
print(True + True, True & False, True | False, True ^ True)
print("abc"[1], (1, 2, 3)[-1], b"xyz"[0])
x = (1, 2, (3, 4))
print(x, type(x))
print(__debug__)
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0, "a" in "abc", 3 not in [1, 2])
print(a if a > b else b, a if a < b else b)
print(a and b, a or b, 0 and a, 0 or b, None or 0 or "x", 1 and 2 and 3)
c = d = e = 5
print(c, d, e)
a += 1; b -= 1; c *= 2; d //= 2; e **= 2
print(a, b, c, d, e)
s = "x"
s += "y"
print(s)
big = 123456789012345678901234567890
print(big * big, big + 1, -big)
print(0x10, 0o10, 0b10, 1_000_000, 1.5e3, 3j)
print(None, ..., Ellipsis is ..., True, False)
print(2 ** 200 // 3 ** 50)
print(1 / 3, 2.0 ** 0.5)
