# str.format and format_map: nested fields, attribute/index chains, conversions, custom __format__, Formatter-free.
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec):
        if spec.startswith("polar"):
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"
    def __repr__(self): return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print("{0} {0:.2f} {0:polar} {0!r} {0!s:>12}|".format(p))
print("{p.x}-{p.y} {pts[1].x} {d[key][0]}".format(p=p, pts=[p, Point(5, 6)], d={"key": [42]}))
print("{:{fill}{align}{width}.{prec}f}|".format(3.14159, fill="*", align="^", width=12, prec=3))
print("{0:{1}}|{0:{2}}|".format("x", ">4", "<4"), "{:,} {:_} {:.3e}".format(1234567, 7654321, 0.000123))
class Missing(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} lives in {city}".format_map(Missing(name="Ada")))
print("{!a} {!r} {!s}".format("é", "é", "é"), "{:c}{:c}".format(72, 105), "{:#06x} {:+08.2f}".format(255, -3.5))
print("{0}{1}{0}".format("ab", "-"), "{}{{}}{}".format(1, 2), "{:>{}}".format("r", 5))
print(format(1234.5, "n"), format(0.1, ".17g"), format(-0.0, "+"), format(1e100, ".2e"), format(12, "%"))
data = [("apples", 3, 0.5), ("kiwis", 12, 0.25)]
fmt = "{:<8}|{:>4d}|{:>7.2f}"
print("\n".join(fmt.format(*row) for row in data))
print("{0[0]}{0[1]}{0[2]}".format("abc"), "{x[-1]}".format(x={-1: "neg key"}) if False else "negative indexes are keys")
try:
    "{0[-1]}".format("abc")
except TypeError as e:
    print("TypeError:", e)
