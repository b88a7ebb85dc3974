# The format mini-language for floats: f, e, g, %, precision, alignment, special values, z.
values = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1e-5, 123456.789, 1e16, 1.5e300, float("inf"), float("-inf"), float("nan"), 0.5, 2.5, 1/3]
specs = ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "^10.1f", "+.1f", "e", ".2E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.1f",
         "010.2f", "#.0f", "#g", "z.1f", ".15g", ".17g", "n"]
for v in values:
    print(repr(v).ljust(12), " ".join(f"[{format(v, s)}]" for s in specs))
print(f"{1.0:}", f"{1e20:}", f"{1e16:}", f"{123.0:.0e}", f"{0.00001234:.3}", f"{1234.5:.3}")
print(format(2.675, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e23, ".0f"))
for bad in ["d", "x", "c", ",d", "5.2s"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(f"ValueError for {bad!r}:", e)
print(format(1 + 2j, ""), format(1.5 - 2j, ".2f"), format(3j, ">10"), format(complex(1, -0.0), "g"))
