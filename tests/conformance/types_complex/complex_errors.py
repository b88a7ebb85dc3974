# complex errors: bad strings, unsupported operations, division by zero, ordering.
for s in ["", "1+", "j1", "1+2", "(1+2j", "1 + 2j", "1+2jj", "abc", "1e", "nanj+"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
ops = [lambda: (1 + 1j) < (2 + 2j), lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 1),
       lambda: (1 + 1j) / 0, lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("1", 2),
       lambda: complex(1, "2"), lambda: complex([]), lambda: int(1j), lambda: float(1j),
       lambda: round(1j), lambda: 1j > 0, lambda: complex(None), lambda: (10 + 0j) ** 1000]
for op in ops:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 2 + 5j
class I:
    def __index__(self):
        return 3
class F:
    def __float__(self):
        return 1.5
print(complex(C()), complex(I()), complex(F()), complex(F(), I()), complex(real=1, imag=2))
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, type(m + 1).__name__, type(m.conjugate()).__name__)
