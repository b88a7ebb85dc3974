# Integer, float and complex literals in every spelling.
values = [
    0, 7, -7, 1_000_000, 0x1F, 0X_ff, 0o17, 0O_7_7, 0b1011, 0B_1111_0000,
    10**20, -2**63, 2**64 - 1,
]
for v in values:
    print(v, type(v).__name__, v.bit_length())

floats = [0.0, -0.0, 1.5, .5, 5., 1e10, 1E-5, 1_000.000_1, 3.14e+2, 2.5e-3, 1e308 * 10, 1e-320]
for f in floats:
    print(repr(f), f == int(f) if f == f and abs(f) != float("inf") else "special")

complexes = [1j, 2J, 3 + 4j, 1e3j, -1.5j, 0j]
for c in complexes:
    print(c, c.real, c.imag, abs(c))

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(1 / 3, 2 / 3, 10 / 4, 10 // 4, -10 // 4, 10 % 3, -10 % 3, 10 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2 ** 10, 2 ** -1, (-8) ** (1 / 3) if False else "skip", 10 ** 0)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("  12  "), int("1_000"))
print(float("1e3"), float("-inf"), float("nan") != float("nan"), float("  2.5\n"))
print(True + True, True * 10, False - 1, int(True), bool(0), bool(0.0), bool(0j), bool(-1))
