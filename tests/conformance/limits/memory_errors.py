# Requests for impossibly large containers fail with MemoryError/OverflowError before allocating.
import sys
cases = [
    ("[None] * sys.maxsize", lambda: [None] * sys.maxsize),
    ("'ab' * (sys.maxsize // 2 + 1)", lambda: "ab" * (sys.maxsize // 2 + 1)),
    ("(1,) * sys.maxsize", lambda: (1,) * sys.maxsize),
    ("b'x' * sys.maxsize", lambda: b"x" * sys.maxsize),
    ("bytearray(sys.maxsize)", lambda: bytearray(sys.maxsize)),
    ("[1, 2] * (sys.maxsize // 2 + 1)", lambda: [1, 2] * (sys.maxsize // 2 + 1)),
    ("'x'.ljust(sys.maxsize)", lambda: "x".ljust(sys.maxsize)),
    ("range(sys.maxsize)[-1]", lambda: range(sys.maxsize)[-1]),
    ("len(range(sys.maxsize))", lambda: len(range(sys.maxsize))),
    ("len(range(-1, sys.maxsize))", lambda: len(range(-1, sys.maxsize))),
]
for text, fn in cases:
    try:
        r = fn()
        print(f"{text:34} -> {r!r}")
    except (MemoryError, OverflowError, ValueError) as e:
        print(f"{text:34} -> {type(e).__name__}: {e}")
