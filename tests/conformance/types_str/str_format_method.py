# str.format: positional, automatic and keyword fields, attributes and indexes, conversions, nesting.
class Pt:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return "Pt<%s>" % spec
print("{} {} {}".format(1, "a", [2]), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.x} {0.y[1]} {1[k]} {2[0]}".format(Pt, {"k": "v"}, "zq"), "{:>{w}}|".format("r", w=6))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{{}} {{{}}}".format(7))
print("{:{fill}{align}{width}.{prec}f}".format(3.14159, fill="*", align="^", width=12, prec=2))
print("{:hello}".format(Pt()), format(Pt(), "z"), "{0}".format(Pt()), f"{Pt():spec}")
d = {"a": 1, "b": 2}
print("{a}+{b}".format(**d), "{a}".format_map(d), "{0[a]}".format(d))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(Default(a=1)))
for bad in [lambda: "{}".format(), lambda: "{0} {}".format(1, 2), lambda: "{} {0}".format(1, 2),
            lambda: "{x}".format(1), lambda: "{".format(), lambda: "}".format(), lambda: "{0!z}".format(1),
            lambda: "{0.nope}".format(1), lambda: "{0[5]}".format([1]), lambda: "{:d}".format("s"),
            lambda: "{:s}".format(1), lambda: "{0:{1}}".format(1, "{"), lambda: "{!}".format(1),
            lambda: "{0[}".format([1]), lambda: "{:,s}".format("a"), lambda: "{:=}".format("a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
