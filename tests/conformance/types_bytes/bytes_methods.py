# bytes methods mirror str methods: search, split, strip, replace, case, padding, classification.
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"l"), b.rfind(b"l"), b.find(108), b.count(b"l"), b.count(ord("o")), b.index(b"W"), b.startswith(b"  H"),
      b.endswith((b"x", b"  ")), b.split(), b.split(b","), b.rsplit(None, 1), b.partition(b","), b.rpartition(b"l"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]),
      b"a\nb\r\nc".splitlines(), b"a\nb\r\nc".splitlines(keepends=True))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4),
      b"xxabxx".removeprefix(b"xx"), b"xxabxx".removesuffix(b"x"))
for s in [b"", b"abc", b"ABC", b"Abc", b"123", b"a1", b" \t", b"\xe9", b"Hello World"]:
    print(s, s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
t = bytes.maketrans(b"abc", b"ABC")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"hello".translate(t, b"h"))
for bad in [lambda: b"a".find("a"), lambda: b"a".split(""), lambda: b"a".split(b""), lambda: b"a".join(["a"]),
            lambda: b"a".center(3, b"ab"), lambda: b"a".index(b"z"), lambda: b"a".count(300),
            lambda: bytes.maketrans(b"ab", b"a"), lambda: b"a".replace("a", "b"), lambda: b"a".strip("a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s=%d %r %5.2f %x %c %c %b" % (b"k", 5, b"v", 1.5, 255, 65, b"z", b"bb"), b"%(a)s" % {b"a": b"1"})
for bad in [lambda: b"%s" % "str", lambda: b"%c" % 256, lambda: b"%d" % b"1"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"caf\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"), b"abc".decode("ascii"), b"\xe9".decode("latin-1"))
