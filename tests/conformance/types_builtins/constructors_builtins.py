# Builtin type constructors given wrong argument types or counts, with CPython's messages.
cases = [
    ("int", lambda: int([])), ("int kw", lambda: int(x=1)), ("int base no str", lambda: int(5, 2)),
    ("float", lambda: float([])), ("float 2", lambda: float(1, 2)), ("complex", lambda: complex({})),
    ("str", lambda: str(1, 2, 3, 4)), ("str enc int", lambda: str(5, encoding="utf-8")),
    ("bytes", lambda: bytes(1.5)), ("bytes str", lambda: bytes("x")), ("bytearray", lambda: bytearray(object())),
    ("list", lambda: list(5)), ("list 2", lambda: list([], [])), ("list kw", lambda: list(x=1)),
    ("tuple", lambda: tuple(1.0)), ("dict", lambda: dict(5)), ("dict seq", lambda: dict(["ab", "c"])),
    ("set", lambda: set(1)), ("set 2", lambda: set([], [])), ("frozenset kw", lambda: frozenset(a=1)),
    ("range", lambda: range("a")), ("slice 0", lambda: slice()), ("bool 2", lambda: bool(1, 2)),
    ("bool kw", lambda: bool(x=1)), ("object kw", lambda: object(a=1)), ("type 0", lambda: type()),
    ("enumerate kw", lambda: enumerate(iterable=[1], begin=1)), ("zip kw", lambda: zip([1], stric=True)),
    ("memoryview str", lambda: memoryview("s")), ("property kw", lambda: property(fget=1, nope=2)),
    ("reversed 0", lambda: reversed()), ("map 0", lambda: map()), ("filter 1", lambda: filter(None)),
    ("super 3", lambda: super(1, 2, 3)), ("iter 3", lambda: iter(1, 2, 3)),
]
for label, f in cases:
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(int("7"), float("7"), complex("7"), str(7), bytes(2), list("7"), tuple("7"), dict(a=7), set("77"),
      frozenset("7"), bool("7"), range(7), slice(7), list(enumerate("7")), list(zip("7")), type(7))
