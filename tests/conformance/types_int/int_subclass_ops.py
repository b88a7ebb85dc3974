# int subclasses: results of arithmetic are plain int, overridden operators, __index__ use, bool() and hashing.
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __repr__(self):
        return "Money(%d)" % self
m = Money(5)
print(m + 1, 1 + m, m - 1, type(m - 1).__name__, m * 2, type(-m).__name__, sum([Money(1), Money(2)]), type(sum([Money(1)])).__name__)
print(repr(m), str(m), "%d|%s|%r" % (m, m, m), f"{m}|{m!r}|{m:>5}", format(m, "x"), hex(m), [0, 1, 2, 3, 4, 5, 6][m])
print(m == 5, hash(m) == hash(5), bool(Money(0)), int(m), type(int(m)).__name__, m.real, type(m.real).__name__)
class Rev(int):
    def __sub__(self, other):
        return "Rev.__sub__"
    def __rsub__(self, other):
        return "Rev.__rsub__"
print(Rev(1) - 1, 1 - Rev(1), 1.5 - Rev(1), Rev(1) - Rev(2))
class Cmp(int):
    def __lt__(self, other):
        return "custom"
print(Cmp(1) < 2, 2 > Cmp(1), sorted([Cmp(3), Cmp(1)]) if False else "skip")
