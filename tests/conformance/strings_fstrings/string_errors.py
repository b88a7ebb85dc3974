# Errors from string operations, with CPython's messages.
cases = [
    lambda: "abc"[5],
    lambda: "abc" + 1,
    lambda: 1 + "abc",
    lambda: "abc" * "2",
    lambda: "abc" * 2.0,
    lambda: "abc" - "a",
    lambda: "abc".index("z"),
    lambda: "a,b".split(""),
    lambda: "abc".join([1, 2]),
    lambda: ", ".join(["a", None]),
    lambda: "abc".center(),
    lambda: "abc".center(5, "ab"),
    lambda: "x".startswith(["x"]),
    lambda: "abc"[str(1)],
    lambda: int("12a"),
    lambda: int(""),
    lambda: int("0x10"),
    lambda: int("10", 1),
    lambda: float("1.2.3"),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: "abc".replace("a"),
    lambda: str.upper(5),
    lambda: "s".encode("no-such-codec"),
    lambda: "{:d}".format(1.5),
    lambda: "a" < 1,
    lambda: sorted(["a", 1]),
    lambda: "abc".count(),
    lambda: "x".zfill("5"),
    lambda: "abc".rsplit(None, "1"),
    lambda: "%d" % [1],
    lambda: "abc".removeprefix(1),
    lambda: "s".strip(1),
]
for i, c in enumerate(cases):
    try:
        print(i, "ok", c())
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
