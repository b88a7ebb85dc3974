# Float formatting, rounding, special values and conversions.
vals = [0.1, 1/3, 2/3, 1e16, 1e15 + 0.3, 123456789.123456789, 1e-7, 5e-324, 1.7976931348623157e308,
        100.0, 2.5, -0.0, 1e22, 1e21, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}")
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, inf > 1e308, nan == nan, nan != nan, nan < 1)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(0.125, 2), round(1.5), round(7.0))
print(int(2.9), float(7), float("1_0.5"), 7 / 2, 7.0 // 2, -7.0 // 2, 7.0 % -2)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (2.5).is_integer())
print((1.0).hex(), float.fromhex("0x1.8p1"), (0.1).hex())
print(1e300 * 1e10, -1e300 * 1e10, 2.0 ** 0.5, 10 ** -2, 1 / 8)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9)
print(max(1.0, 1), min(-0.0, 0.0), abs(-3.5), float(True), 3 * 1.0)
print(f"{1234567.891:,.2f}", f"{0.000123:.2%}", f"{42.0:08.3f}", f"{-3.14159:+.2f}")
print(divmod(7.5, 2), divmod(-7.5, 2), 3.0 == 3, hash(3.0) == hash(3), hash(-1.0))
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
