# format()/%-formatting for floats: e f g % with precision, alignment, sign, grouping, n, alternate form.
vals = [0.0, -0.0, 1.0, 1.5, 2.5, -2.5, 0.125, 123.456, 1234567.891, 1e-7, 1e16, 1e22, 5e-324,
        float("inf"), float("-inf"), float("nan"), 2 / 3]
specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3e", "E", "g", ".3g", ".10g", "G", "#g",
         "#.0f", "%", ".2%", "10.3f", "<10.2f", "^12.1e", "+.2f", " .2f", "010.2f", ",.2f", "_.1f",
         "n", ".3n", "#.3g", "z.1f", "r" if False else ".17g", "=+12.3f", "x<10"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print("%f %e %g %.2f %10.3f|%-10.1f|%+.0f %E %G %%" % (1.5, 1.5, 1.5, 2.675, 3.14159, 2.5, 0.5, 1e-10, 1e-10))
print("%.3s|%5.1f|%#.0f|%#x" % ("abcdef", 9.96, 3.0, 255))
print(f"{3.14159:.2f} {2.5:08.3f} {-1.0:+} {1e6:,} {1234.5:_}")
for bad in ["d", "x", "b", ",d", "c", "#c"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print("ValueError", e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(0.125, 2))
print(round(1234.5678, -2), round(1e300, -301), round(5e-324, 400), round(-0.0), round(1.5, None))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
