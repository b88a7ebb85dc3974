# A Matrix class with operators, determinant, inverse over fractions done by hand, and errors.
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if d < 0:
            n, d = -n, -d
        a, b = abs(n), d
        while b:
            a, b = b, a % b
        g = a or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __sub__(self, o):
        return self + -Frac.of(o)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [[Frac.of(x) for x in r] for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} + {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.shape[1] != o.shape[0]:
                raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
            cols = list(zip(*o.rows))
            return Matrix([[sum((a * b for a, b in zip(r, c)), Frac(0)) for c in cols] for r in self.rows])
        return Matrix([[a * o for a in r] for r in self.rows])
    __matmul__ = __mul__
    def __rmul__(self, k):
        return self * k
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of non-square matrix")
        a = [r[:] for r in self.rows]
        det = Frac(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col]), None)
            if pivot is None:
                return Frac(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det = det * a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det
    def inverse(self):
        n = self.shape[0]
        if not self.det():
            raise ZeroDivisionError("matrix is singular")
        a = [r[:] + e for r, e in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = next(r for r in range(col, n) if a[r][col])
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([r[n:] for r in a])
    def __repr__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in r) + " ]" for r in cells)
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A, "", B, "", A * B, "", A.transpose(), sep="\n")
print("det A =", A.det(), "shape", A.shape, "A[1,2] =", A[1, 2])
inv = A.inverse()
print(inv)
print("A * inv == I:", A @ inv == Matrix.identity(3), inv @ A == Matrix.identity(3))
print(2 * Matrix.identity(2) + Matrix([[Frac(1, 2), 0], [0, Frac(1, 3)]]))
H = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det =", H.det())
print(H.inverse())
for bad in (lambda: A + B, lambda: B * B, lambda: B.det(), lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1], [1, 2]])):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")
