# printf-style % formatting: conversions, flags, width/precision from *, mapping keys, errors.
print("%s|%r|%a" % ("é", "é", "é"), "%5s|%-5s|%.2s" % ("ab", "ab", "abc"), "%%|%c|%c" % ("x", 0x263A))
print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%x|%#X|%o|%#o" % (42, -42, 42, 42, 42, -42, 42, 42, 255, 255, 8, 8))
print("%e|%E|%f|%F|%g|%G|%.3f|%10.2e|%-10.1f|%+.0f" % (1234.5, 0.00012, 2.5, float("inf"), 1e-5, 1e20, 1 / 3, 12345.678, 2.25, 2.5))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30}, "%(x)s %%" % {"x": 1})
print("%s" % (1, ) , "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % None, "%d" % True, "%d" % 3.9, "%x" % 3)
print("%s" % {"k": 1}, "%r" % b"x", "%5.1s|" % "xyz", "%c" % 65, "%#x" % -255, "%.0e" % 15.0)
class P:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
print("%s %r %a" % (P(), P(), P()))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1,
            lambda: "%(a)s" % ("x",), lambda: "%c" % "ab", lambda: "%c" % -1, lambda: "%x" % 1.5,
            lambda: "%(a)s" % {}, lambda: "%" % (), lambda: "%*d" % ("a", 1), lambda: "%d" % None,
            lambda: "%.2f" % "1", lambda: "abc" % 5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("no args" % (), "%s" % ((1, 2),), "%s-%s" % tuple("ab"))
