# Calling builtin functions with keyword arguments they do not accept, and with too many positionals.
cases = [lambda: len(obj=[]), lambda: abs(x=1), lambda: repr(obj=1), lambda: sorted([], [], []), lambda: round(1, 2, 3),
         lambda: isinstance(1), lambda: issubclass(int), lambda: hasattr(1), lambda: getattr(1, "a", 2, 3), lambda: setattr(1, "a"),
         lambda: delattr(1), lambda: divmod(1, 2, 3), lambda: chr(), lambda: ord(c="a"), lambda: hex(), lambda: next(),
         lambda: iter(), lambda: vars(1, 2), lambda: callable(1, 2), lambda: hash(), lambda: id(1, 2), lambda: format(),
         lambda: ascii(), lambda: bin(1, 2), lambda: any(), lambda: all([], []), lambda: sum(), lambda: print(1, sep="", foo=2),
         lambda: min(1, 2, key=abs, default=0), lambda: enumerate(), lambda: zip(1, strict=False), lambda: pow(1),
         lambda: compile("1"), lambda: eval(), lambda: exec(), lambda: input("", ""), lambda: open()]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
