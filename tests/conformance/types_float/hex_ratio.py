# float.hex, float.fromhex, as_integer_ratio, is_integer, and the int/float conversions around them.
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 3.75, 1e-310, 5e-324, 1.7976931348623157e308, 1 / 3, 1024.0]
for v in vals:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer())
for s in ["0x1p0", "0x1.8p1", "-0X1.FFFFFp+10", "0x.8p1", "0x1p-1074", "0x1p-1075", "0x1p1023",
          "inf", "-nan", "  0x10  ", "0x1.0000000000000fp0", "1", "0x1.ffffffffffffffp1023"]:
    try:
        print(s, repr(float.fromhex(s)))
    except Exception as e:
        print(s, type(e).__name__, e)
for bad in ["", "0x", "0xg", "0x1p", "x1"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
for v in (float("inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__trunc__(-2.7), (2.7).__floor__(), (-2.2).__ceil__())
print(int(2.9), int(-2.9), int(1e18), int(1.5e300) % 1000000007)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), F(2.5) + 1, type(F(2.5) + 1).__name__)
