# Builtins that convert via __index__, __int__, __float__, __bool__, __len__, __round__, __trunc__-free paths.
class All:
    def __index__(self):
        return 3
    def __float__(self):
        return 2.5
    def __bool__(self):
        return False
    def __len__(self):
        return 4
    def __round__(self, n=None):
        return ("round", n)
    def __abs__(self):
        return "abs"
    def __neg__(self):
        return "neg"
    def __complex__(self):
        return 1j
a = All()
print(int(a), float(a), bool(a), len(a), round(a), round(a, 2), abs(a), -a, complex(a), bin(a), range(a), [0] * a,
      "ab"[a - 3 if False else 0], list(range(10))[a], chr(a + 62 if False else 65), hex(a), a.__index__())
class OnlyFloat:
    def __float__(self):
        return 1.5
for f in (int, bin, len, round, abs):
    try:
        print(f.__name__, f(OnlyFloat()))
    except TypeError as e:
        print(f.__name__, "TypeError", e)
class OnlyInt:
    def __int__(self):
        return 7
for f in (int, float, complex, bin, hex, chr):
    try:
        print(f.__name__, f(OnlyInt()))
    except TypeError as e:
        print(f.__name__, "TypeError", e)
