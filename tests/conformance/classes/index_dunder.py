# __index__ in slicing, range, bin/hex, operator use; __int__ and __float__ conversions.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[Idx(3)], data[Idx(2):Idx(8):Idx(2)], "abcdef"[Idx(-1)], range(Idx(5))[Idx(1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(1), Idx(4))), [0] * Idx(3))
print(int(Idx(7)) if hasattr(Idx, "__int__") else "int() uses __index__:", int(Idx(7)))
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return 9
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
try:
    data[Num()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(Num())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return "no"
try:
    data[BadIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    data["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    data[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(divmod(Idx(7), 2) if hasattr(Idx, "__divmod__") else "no divmod", pow(2, Idx(10)) if False else "pow skip")
print((10).__index__(), True.__index__(), int.__index__(Idx(3).v))
