print("a: start")
A_EARLY = "defined before importing b"
from . import b
print("a: b imported, b.B_VALUE =", b.B_VALUE)


def from_a():
    return "from_a -> " + b.from_b()
