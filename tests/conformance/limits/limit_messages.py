# Messages of errors raised at implementation limits of strings, lists, ints and floats.
import sys
checks = [
    ("int('1' * 4301)", lambda: int("1" * 4301)),
    ("str(10 ** 4300)", lambda: str(10 ** 4300)),
    ("'%d' % 10 ** 4300", lambda: "%d" % 10 ** 4300),
    ("format(10 ** 4300, 'd')", lambda: format(10 ** 4300, "d")),
    ("len(str(10 ** 4299))", lambda: len(str(10 ** 4299))),
    ("len(hex(10 ** 10000))", lambda: len(hex(10 ** 10000))),
    ("int('0x' + 'f' * 5000, 16).bit_length()", lambda: int("0x" + "f" * 5000, 16).bit_length()),
    ("float('9' * 400)", lambda: float("9" * 400)),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("10 ** 400 / 10 ** 399", lambda: 10 ** 400 / 10 ** 399),
    ("(10 ** 400) // 1.0", lambda: (10 ** 400) // 1.0),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("2.0 ** 5000", lambda: 2.0 ** 5000),
    ("(-2.0) ** 0.5", lambda: (-2.0) ** 0.5),
    ("10 ** -400", lambda: 10 ** -400),
    ("round(10 ** 400, -399)", lambda: round(10 ** 400, -399) == 10 ** 400),
    ("[1, 2, 3].pop(10 ** 20)", lambda: [1, 2, 3].pop(10 ** 20)),
    ("'abc'.center(10 ** 20)", lambda: "abc".center(10 ** 20)),
    ("[0].insert(10 ** 20, 1)", lambda: [0].insert(10 ** 20, 1)),
    ("list(range(5))[10 ** 20:]", lambda: list(range(5))[10 ** 20:]),
    ("sys.getrecursionlimit()", lambda: sys.getrecursionlimit()),
]
for text, fn in checks:
    try:
        print(f"{text:42} = {fn()!r}")
    except Exception as e:
        print(f"{text:42} ! {type(e).__name__}: {e}")
