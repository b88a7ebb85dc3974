# Comparisons between ints, floats, bools and huge values; bin/oct/hex; int subclasses.
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 1 < float("nan"), 1 == float("nan"))
print(True == 1, False == 0, True + True, True * 10, -True, ~True)
print(sorted([3, 1.5, True, -2, 2 ** 70, -1e30, 0]))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), min(-0.0, 0))
print(bin(0), bin(-10), oct(-8), hex(-255), hex(2 ** 64), bin(2 ** 70 + 1))
class Num(int):
    def __repr__(self):
        return "Num(%d)" % int(self)
n = Num(5)
print(n, repr(n), n + 1, type(n + 1).__name__, type(-n).__name__, type(abs(n)).__name__, Num(7) * 2)
print(isinstance(n, int), int(n), type(int(n)).__name__, n == 5, hash(n) == hash(5))
class Big(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Big(21), type(Big(21)).__name__)
for a, b in ((1, "1"), (1, None), ([], 1)):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(1 == "1", None != 0)
