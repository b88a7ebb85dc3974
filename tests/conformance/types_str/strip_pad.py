# strip family, removeprefix/removesuffix, center/ljust/rjust/zfill, expandtabs.
for s in ["  hi  ", "\t\n x \r\x0b", "xxhixx", "", "   ", "\u3000wide\u3000", "hi"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("xh ")))
print("www.example.com".strip("cmowz."), "abc".removeprefix("ab"), "abc".removeprefix("x"),
      "abc".removesuffix("bc"), "abc".removesuffix(""), "aaa".removeprefix("a"))
for w in [0, 1, 5, 6, 10]:
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")),
          repr("abc".ljust(w, ".")), repr("abc".rjust(w)), "42".zfill(w), "-42".zfill(w), "+x".zfill(w), "".zfill(w))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6\n\tx".expandtabs(3)),
      repr("\t".expandtabs(0)), repr("x\ty".expandtabs(-1)))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".strip(5), lambda: "a".zfill("3")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
