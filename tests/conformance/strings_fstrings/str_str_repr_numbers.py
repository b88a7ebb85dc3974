# str/repr of numbers: shortest float repr, exponents, int grouping, complex.
floats = [0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.00012345,
          1.5e-300, 5e-324, 2.2250738585072014e-308, 9007199254740993.0, 1e22, 1e23, 1.0, 100.0, -0.0, 3.0e10, 4.35, 0.1 * 3]
for f in floats:
    print(repr(f), str(f))
ints = [0, -1, 10 ** 18, 2 ** 64, -(2 ** 65) + 1, 123456789 ** 3]
for i in ints:
    print(repr(i), f"{i:,}", hex(i), len(str(i)))
complexes = [1j, -1j, 1 + 1j, 1.5 - 2.25j, complex(0, 0), complex(-0.0, -0.0), complex(1e20, 1e-20), complex(float("inf"), float("nan")), 2 ** 0.5 * 1j]
for c in complexes:
    print(repr(c), str(c))
print(float("1e500"), float("-1e500"), repr(float("nan")), 1e308 + 1e308)
print(str(True), repr(False), str(10 ** 20 * 1.0), int(1e18), int(1.5e18), float(2 ** 53 + 1))
print(round(1.23456789, 4), round(-0.5), round(0.5), round(1.5), round(2.5), round(123.456, -1), round(float(10 ** 16), 2))
