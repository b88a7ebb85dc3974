# Mixed arithmetic across bool, int, float and complex; comparisons across types; int/float conversions.
values = [True, 3, -2, 2.5, -0.5, 1 + 2j]
for a in values:
    row = []
    for b in values:
        try:
            row.append(repr(a + b))
        except TypeError as e:
            row.append("TypeError")
    print(repr(a).rjust(6), " ".join(r.rjust(10) for r in row))
print(type(True + True), type(True + 1.0), type(1 + 1j), type(2 ** -1), type(4 // 2.0), type(True / True))
print(1 == 1.0 == (1 + 0j), 0.1 + 0.2 == 0.3, 2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(2 ** 53 + 1 > float(2 ** 53), 10 ** 20 == 1e20, 10 ** 23 == 1e23, 1e23 < 10 ** 23)
print(int(-2.5), int(2.5), round(-2.5), -7 // 2, -7.0 // 2, -7 % 2, -7.0 % 2, 7 % -2.0)
print(divmod(-7, 2), divmod(7.5, -2), abs(-0.0), -0.0 == 0.0, str(-0.0), (-0.0).hex())
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print("TypeError:", e)
try:
    1j // 2
except TypeError as e:
    print("TypeError:", e)
print((1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2j) ** 2, abs(3 + 4j), (1 + 2j).conjugate(), complex("3-4j").imag)
print(sum([1, 2.5, True, 1j]), max(1, 1.0, True), max(True, 1, 1.0), min(2, 2.0))
print(float("inf") > 10 ** 1000, -float("inf") < -10 ** 1000, float("nan") == float("nan"), 10 ** 1000 > 1e308)
print(bool(0.0), bool(0j), bool(-0.0), True * 2.5, False ** 0, 0 ** 0, 0.0 ** 0)
