# Formatting strings: width, fill, alignment, truncation; str.format fields and indexing.
words = ["a", "hello", "formatting", "üñíçødé", "日本"]
for w in words:
    print(f"[{w:10}] [{w:>10}] [{w:^10}] [{w:*<10}] [{w:.3}] [{w:>8.2}] [{w!r:12}]")
print("{} {} {}".format(1, 2, 3), "{2} {1} {0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=3), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}) if False else "{0[k]}".format({"k": "kay"}))
print("{p.real} {p.imag}".format(p=3 + 4j), "{0[0]}{0[2]}".format("xyz"), "{.__name__}".format(int))
print("{:>{width}.{prec}}|".format("truncate me", width=8, prec=4), "{!r:^10}|".format("q"))
print("{{}} {{{}}}".format("braces"), "{:%}".format(0.25), "{:,}".format(10 ** 9))
class Obj:
    def __format__(self, spec):
        return f"Obj<{spec}>"
print("{:anything goes}".format(Obj()), f"{Obj():x>5}", format(Obj(), ""))
errors = [
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0} {}".format(1, 2),
    lambda: "{} {0}".format(1, 2),
    lambda: "{1}".format(0),
    lambda: "{x}".format(),
    lambda: "{0:d}".format("s"),
    lambda: "{!z}".format(1),
    lambda: format("s", "d"),
    lambda: format("s", "+"),
    lambda: format("s", "="),
    lambda: "{0.missing}".format(1),
]
for e in errors:
    try:
        print(e())
    except (ValueError, IndexError, KeyError, AttributeError) as err:
        print(type(err).__name__ + ":", err)
print("%s|%5s|%-5s|%.2s|%r|%a" % ("x", "y", "z", "trunc", "r", "é"))
print("%d %i %5.1f %e %g %x %X %o %c %%" % (42, 7, 3.14159, 12345.678, 0.0001, 255, 255, 8, 65))
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7}, "%*d|%-*d|" % (5, 1, 5, 2), "%.*f" % (2, 3.14159))
print("%+d % d %#x %#o %05d %-6d|" % (5, 5, 255, 8, -42, 3))
for bad in [lambda: "%d" % "s", lambda: "%s %s" % ("one",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1, lambda: "%(k)s" % 5]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
