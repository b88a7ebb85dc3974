# Limits of int conversions: C ssize_t overflow, negative shifts, huge repeats, ranges.
import sys
cases = [
    ("len(range(10**20))", lambda: len(range(10 ** 20))),
    ("range(10**20)[5]", lambda: range(10 ** 20)[5]),
    ("range(10**20)[-1]", lambda: range(10 ** 20)[-1]),
    ("'x' * (sys.maxsize + 1)", lambda: "x" * (sys.maxsize + 1)),
    ("[1][2**70]", lambda: [1][2 ** 70]),
    ("1 << -1", lambda: 1 << -1),
    ("1 >> -1", lambda: 1 >> -1),
    ("(2**100).to_bytes(2, 'big')", lambda: (2 ** 100).to_bytes(2, "big")),
    ("(-1).to_bytes(1, 'big')", lambda: (-1).to_bytes(1, "big")),
    ("chr(2**31)", lambda: chr(2 ** 31)),
    ("pow(0, -1)", lambda: pow(0, -1)),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("10 % 0", lambda: 10 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("(-8) ** 0.5", lambda: (-8) ** 0.5),
    ("round(1.5, 10**20)", lambda: round(1.5, 10 ** 20)),
    ("int('9' * 100) * 1.0 < float('inf')", lambda: int("9" * 100) * 1.0 < float("inf")),
    ("10 ** 400 * 1.0", lambda: 10 ** 400 * 1.0),
    ("'abc'[10**20:]", lambda: "abc"[10 ** 20:]),
    ("[0] * -5", lambda: [0] * -5),
    ("bytes(-1)", lambda: bytes(-1)),
    ("sys.maxsize + 1 == 2**63", lambda: sys.maxsize + 1 == 2 ** 63),
    ("hash(2**61 - 1)", lambda: hash(2 ** 61 - 1)),
    ("hash(2**61)", lambda: hash(2 ** 61)),
    ("hash(-2**61)", lambda: hash(-(2 ** 61))),
    ("hash(10**100)", lambda: hash(10 ** 100)),
    ("hash(0.5)", lambda: hash(0.5)),
    ("hash(1e300)", lambda: hash(1e300)),
    ("hash(float('inf'))", lambda: hash(float("inf"))),
    ("hash(-1.5)", lambda: hash(-1.5)),
    ("int(1e300) % 1000", lambda: int(1e300) % 1000),
]
for text, fn in cases:
    try:
        print(f"{text:38} = {fn()!r}")
    except Exception as e:
        print(f"{text:38} ! {type(e).__name__}: {e}")
