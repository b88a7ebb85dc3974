# bool is an int subclass with two instances; arithmetic gives ints, bitwise ops keep bools.
print(True, False, repr(True), str(False), int(True), float(False), type(True).__name__, bool.__mro__)
print(True + True, True - False, True * 3, True / 2, -True, ~True, ~False, abs(True), True ** 2)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True is bool(1), isinstance(True, int), issubclass(bool, int), True > False)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float("nan")), bool(""), bool("0"),
      bool([]), bool([0]), bool({}), bool(()), bool(None), bool(0j), bool(range(0)), bool(b""), bool(set()))
class Empty:
    pass
class Lenny:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 1
print(bool(Empty()), bool(Lenny(0)), bool(Lenny(3)), bool(Truthy()), not Lenny(0))
for bad in (lambda: bool(Lenny(-1)), lambda: type("B", (bool,), {}), lambda: bool.__new__(int)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]), [True] * 2, "ab"[True])
print(hash(True), hash(False), True.__class__, f"{True:d} {True:>5} {False!r:>7} {True:.1f}", format(True, ""))
print(True and "x", False or [], None or 0, 0 and 1, not 0, not "a", 1 < 2 < 3, (1 < 2) + 1)
