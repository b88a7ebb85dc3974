# float() accepts many textual forms (exponents, underscores, infinity spellings, Unicode digits and spaces).
good = ["1", "-1", "+1.", ".5", "5.", "1e5", "1E-5", "1_000.000_1", "  3.5\t\n", "\u00a01.5\u2003", "１.５", "٣.١",
        "inf", "+INF", "-Infinity", "iNfInItY", "nan", "-NaN", "1e400", "-1e-400", "0x1p3" if False else "0e0",
        "000001.5", "1.e3", "-.0", "9" * 30, "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["", ".", "e5", "1e", "1e+", "1_.5", "1._5", "1__0", "_1", "1_", "infinit", "nana", "0x1p3", "1,5", "١.٢.٣", "+-1",
       "1 e5", "0b1", "in", "\x00"]
for s in bad:
    try:
        float(s)
        print(repr(s), "accepted")
    except ValueError as e:
        print(repr(s), "ValueError", e)
