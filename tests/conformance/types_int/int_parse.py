# int() from strings in every base, underscores, whitespace, signs and the error messages.
cases = [("42", 10), ("-42", 10), ("  +7\n", 10), ("1_000_000", 10), ("ff", 16), ("0xff", 16),
         ("0xff", 0), ("0o777", 0), ("0b1011", 0), ("0", 0), ("00", 0), ("z", 36), ("ZZ", 36),
         ("-0b1", 0), ("1010", 2), ("777", 8), ("  -0x_1_f ", 0), ("١٢٣", 10), ("１２", 10)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [("", 10), (" ", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("08", 0), ("0x", 16), ("12", 2),
       ("1.5", 10), ("abc", 10), ("0b2", 0), ("9", 8), ("1 2", 10)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError", e)
for args in [("10", 1), ("10", 37), ("10", -1), (10, 10), (1.5, 10), ("10", "10")]:
    try:
        int(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int(True), int(b"12"), int(bytearray(b"-3")), int("  12  "))
print(int(1e20), int(-1e20), int(2.5e-3))
for v in (float("inf"), float("nan"), "inf", None, [1]):
    try:
        int(v)
    except Exception as e:
        print(type(e).__name__, e)
class HasIndex:
    def __index__(self):
        return 9
class HasInt:
    def __int__(self):
        return 12
class HasTrunc:
    def __trunc__(self):
        return 5
print(int(HasInt()), int("11", base=HasIndex()))
import sys
print(int("1" * 100), int("f" * 40, 16))
