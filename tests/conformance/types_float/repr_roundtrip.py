# repr(float) is the shortest string that round-trips; str() is the same in Python 3.
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5,
        1e-4, 0.0001234, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 100.0, 1e100, 9007199254740993.0, 0.3, 1.1, 2.675,
        -1.5e-10, 4.35, 1234.5678, 1e300 * 10, 0.5, 0.25, 1e21, 1e-7, 123e-9]
for v in vals:
    r = repr(v)
    assert float(r) == v or v != v
    print(r, str(v), float(r) == v)
x = 0.0
for i in range(10):
    x += 0.1
print(x, repr(x), x == 1.0)
print(float("0.1"), float("1e500"), float("-1e-500"), float("  12.5  "), float("1_000.5"), float("+.5"))
print(float("inf"), float("-Infinity"), float("nAn"), float(" -nan "), float(10 ** 20), float(True))
for bad in ["", "1e", "1.2.3", "abc", "1_", "_1", "0x10", "--1", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [None, [1], 10 ** 400]:
    try:
        float(bad)
    except Exception as e:
        print(type(e).__name__, e)
