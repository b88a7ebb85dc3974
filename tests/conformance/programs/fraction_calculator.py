# Exact rational arithmetic and matrices written by hand: a Fraction class with the numeric protocol
# (reflected operators, comparisons with int/float, hashing like int, formatting, parsing), a Matrix class
# with Gauss-Jordan inverse, determinant and solving, and a small expression calculator on top.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("_num", "_den")

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if isinstance(numerator, Fraction):
                self._num, self._den = numerator._num, numerator._den
                return self
            if isinstance(numerator, int):
                self._num, self._den = numerator, 1
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._num, self._den = n, d
                return self
            if isinstance(numerator, str):
                return cls.parse(numerator)
            raise TypeError(f"argument should be a string or a number, not {type(numerator).__name__}")
        if not isinstance(numerator, int) or not isinstance(denominator, int):
            raise TypeError("both arguments should be integers")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        g = gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._num = numerator // g
        self._den = denominator // g
        return self

    @classmethod
    def parse(cls, text):
        s = text.strip().replace("_", "")
        if "/" in s:
            a, _, b = s.partition("/")
            return cls(int(a), int(b))
        if "." in s or "e" in s.lower():
            mantissa, _, exp = s.lower().partition("e")
            whole, _, frac = mantissa.partition(".")
            sign = -1 if whole.startswith("-") else 1
            digits = int((whole.lstrip("+-") or "0") + frac)
            value = cls(sign * digits, 10 ** len(frac))
            if exp:
                e = int(exp)
                value = value * cls(10) ** e
            return value
        return cls(int(s))

    numerator = property(lambda self: self._num)
    denominator = property(lambda self: self._den)

    def __repr__(self):
        return f"Fraction({self._num}, {self._den})"

    def __str__(self):
        return str(self._num) if self._den == 1 else f"{self._num}/{self._den}"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(self._num / self._den, spec)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fn, float_fn):
        o = self._coerce(other)
        if o is not None:
            return fn(self, o)
        if isinstance(other, float):
            return float_fn(float(self), other)
        return NotImplemented

    def __add__(self, other):
        return self._op(other, lambda a, b: Fraction(a._num * b._den + b._num * a._den, a._den * b._den),
                        lambda x, y: x + y)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return self._op(other, lambda a, b: Fraction(a._num * b._den - b._num * a._den, a._den * b._den),
                        lambda x, y: x - y)

    def __rsub__(self, other):
        return self._op(other, lambda a, b: Fraction(b._num * a._den - a._num * b._den, a._den * b._den),
                        lambda x, y: y - x)

    def __mul__(self, other):
        return self._op(other, lambda a, b: Fraction(a._num * b._num, a._den * b._den), lambda x, y: x * y)

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self._op(other, lambda a, b: Fraction(a._num * b._den, a._den * b._num), lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._op(other, lambda a, b: Fraction(b._num * a._den, b._den * a._num), lambda x, y: y / x)

    def __floordiv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return (self._num * o._den) // (self._den * o._num)

    def __mod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self - o * (self // o)

    def __divmod__(self, other):
        return self // other, self % other

    def __pow__(self, power):
        if isinstance(power, int):
            if power >= 0:
                return Fraction(self._num ** power, self._den ** power)
            if self._num == 0:
                raise ZeroDivisionError("Fraction(0, 1) cannot be raised to a negative power")
            return Fraction(self._den ** -power, self._num ** -power)
        return float(self) ** power

    def __neg__(self):
        return Fraction(-self._num, self._den)

    def __pos__(self):
        return self

    def __abs__(self):
        return Fraction(abs(self._num), self._den)

    def __float__(self):
        return self._num / self._den

    def __int__(self):
        q = abs(self._num) // self._den
        return q if self._num >= 0 else -q

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rem = divmod(self._num, self._den)
            if rem * 2 < self._den:
                return floor
            if rem * 2 > self._den:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = Fraction(10) ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift._num)
        return Fraction(round(self / shift) * shift._num)

    def __bool__(self):
        return self._num != 0

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._num == other._num and self._den == other._den
        if isinstance(other, int):
            return self._den == 1 and self._num == other
        if isinstance(other, float):
            return other == other and other not in (float("inf"), float("-inf")) and self == Fraction(other)
        return NotImplemented

    def _cmp(self, other, op):
        o = self._coerce(other)
        if o is None and isinstance(other, float):
            return op(float(self), other)
        if o is None:
            return NotImplemented
        return op(self._num * o._den, o._num * self._den)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __hash__(self):
        if self._den == 1:
            return hash(self._num)
        return hash((self._num, self._den))


class Matrix:
    def __init__(self, rows):
        rows = [[Fraction(x) for x in row] for row in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in row) + " ]" for row in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum((self.rows[i][k] * other.rows[k][j] for k in range(self.m)), Fraction(0))
                        for j in range(other.m)] for i in range(self.n)])

    def __mul__(self, scalar):
        return Matrix([[x * scalar for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def _eliminate(self, extra):
        a = [row[:] + ext[:] for row, ext in zip(self.rows, extra)]
        det = Fraction(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col]), None)
            if pivot is None:
                return Fraction(0), None
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            p = a[col][col]
            det *= p
            a[col] = [x / p for x in a[col]]
            for r in range(self.n):
                if r != col and a[r][col]:
                    factor = a[r][col]
                    a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return det, [row[self.m:] for row in a]

    def determinant(self):
        return self._eliminate([[] for _ in range(self.n)])[0]

    def inverse(self):
        det, rest = self._eliminate(Matrix.identity(self.n).rows)
        if rest is None:
            raise ZeroDivisionError("matrix is singular")
        return Matrix(rest)

    def solve(self, b):
        det, rest = self._eliminate([[x] for x in b])
        if rest is None:
            raise ZeroDivisionError("matrix is singular")
        return [row[0] for row in rest]


def calculate(expr):
    """+, -, *, / and parentheses over fractions, by precedence climbing."""
    tokens = expr.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom():
        tok = take()
        if tok == "(":
            value = expression(0)
            if take() != ")":
                raise SyntaxError("expected )")
            return value
        if tok == "-":
            return -atom()
        return Fraction(tok)

    prec = {"+": 1, "-": 1, "*": 2, "/": 2}

    def expression(min_prec):
        left = atom()
        while peek() in prec and prec[peek()] >= min_prec:
            op = take()
            right = expression(prec[op] + 1)
            left = {"+": left.__add__, "-": left.__sub__, "*": left.__mul__, "/": left.__truediv__}[op](right)
        return left

    result = expression(0)
    if pos != len(tokens):
        raise SyntaxError(f"unexpected {tokens[pos]!r}")
    return result


h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, t - h, 1 - t, 2 / t, h ** -3, (-t) ** 3, abs(-h))
print(repr(Fraction(6, -8)), Fraction("3/12"), Fraction(" -1.25e2 "), Fraction("1_000"), Fraction(0.375), Fraction(h))
print(h + 0.25, 0.25 + h, h == 0.5, h < 0.6, t > h, Fraction(4, 2) == 2, 2 == Fraction(4, 2), h != t)
print(sorted([Fraction(5, 7), Fraction(-1, 2), 0, 0.7, Fraction(2, 3)]))
print(Fraction(7, 2) // 1, Fraction(-7, 2) // 1, Fraction(7, 2) % Fraction(2, 3), divmod(Fraction(19, 4), 2))
print(int(Fraction(-7, 2)), float(Fraction(1, 8)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3))
print(f"{Fraction(2, 3):.4f} {Fraction(2, 3)} {Fraction(-5, 4)!r:>20} {Fraction(1, 8):e}", bool(Fraction(0)), bool(t))
print(hash(Fraction(3)) == hash(3), len({Fraction(3): "a", 3: "b", Fraction(6, 2): "c"}), sum([h, t, Fraction(1, 6)]))
for bad in [lambda: Fraction(1, 0), lambda: Fraction(1.5, 2), lambda: Fraction([1]), lambda: Fraction(0) ** -1,
            lambda: h + "x", lambda: h < "x", lambda: Fraction("abc")]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    h.extra = 1
except AttributeError as e:
    print("AttributeError:", e)

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(A)
print("det", A.determinant(), "det(T)", A.transpose().determinant())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv @ A == Matrix.identity(3))
print(A.solve([4, 5, 6]), [str(x) for x in A.solve([Fraction(1, 2), 0, 1])])
print(A * Fraction(1, 2) + Matrix.identity(3))
print((2 * A)[0, 0], A[1, 2])
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det", H.determinant(), "inverse corner", H.inverse()[3, 3])
for bad in [lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1], [1, 2]])]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for expr in ["1/2 + 1/3 * 3", "(1/2 + 1/3) * 3", "- ( 2 - 5/2 ) / 3", "0.1 + 0.2", "1 / ( 1/3 - 1/3 )", "2 3", "1 + 2 * 3 - 4 / 8"]:
    try:
        value = calculate(expr)
        print(f"{expr} = {value} ~ {float(value):.6g}")
    except (ZeroDivisionError, SyntaxError) as e:
        print(f"{expr} -> {type(e).__name__}: {e}")
