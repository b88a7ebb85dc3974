# Arithmetic dunders with reflected and in-place forms, NotImplemented fallbacks.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        print("  __rmul__")
        return self * k
    def __iadd__(self, o):
        print("  __iadd__")
        self.c = (self + o).c
        return self
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o):
        return f"matmul {self.c} {o.c}"
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        return Vec(*(pow(a, k, mod) for a in self.c))
    def __rpow__(self, base):
        return f"{base} ** {self}"
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rsub__(self, o): return f"rsub {o}"
    def __invert__(self): return Vec(*reversed(self.c))
v, w = Vec(1, 2, 3), Vec(10, 20, 30)
print(v + w, v + 1, 1 + v, w - v, v * 2, 3 * v, v * w)
print(-v, +v is v, abs(Vec(3, 4)), v @ w, w / 4, w // 4, w % 7, v ** 2, pow(v, 2, 5), 2 ** v)
print(v << 1, v & w, v | w, v ^ w, 5 - v, ~v)
alias = v
v += w
print(v, alias is v)
v += 100
print(v)
t = Vec(1, 1)
t *= 3
print(t)
try:
    v - 5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + v
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o):
        print("  Money.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("  Money.__radd__")
        return NotImplemented
try:
    Money(1) + Money(2)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__ (subclass reflected first)"
print(Base() + Derived(), Derived() + Base())
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), sum([Vec(1)]) if False else "ok")
