# bytes search methods accept an int in range(256) as the needle; range checks and slices with start/end.
b = b"mississippi"
for needle in [b"s", ord("s"), b"ss", b"", ord("x"), bytearray(b"pp"), memoryview(b"i")]:
    print(type(needle).__name__, bytes(needle) if not isinstance(needle, int) else needle, b.find(needle), b.rfind(needle), b.count(needle), b.find(needle, 4, 9), b.startswith(b"mis"))
print(b.index(ord("p")), b.rindex(b"i"), ord("s") in b, b"ss" in b, b.count(b"s", -4), b.endswith(b"pi", 0, 11))
for bad in [lambda: b.find(256), lambda: b.find(-1), lambda: b.count("s"), lambda: b.index(ord("z")), lambda: b.find(1.5),
            lambda: 300 in b, lambda: b.startswith(ord("m")), lambda: b.endswith("i")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
