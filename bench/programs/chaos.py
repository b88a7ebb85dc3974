"""chaos: the chaos game with affine maps bent by a B-spline, drawn into a grid of counters.

Small vector objects with operator overloading, float arithmetic, a pseudo-random walk (an LCG here,
since only sys and time may be imported).
"""
import sys
import time

WIDTH = 160
HEIGHT = 160
STEPS = 30000


class Rng:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0

    def below(self, n):
        return int(self.random() * n)


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def length(self):
        return (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5

    def linear_combination(self, o, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return Vec(self.x * l1 + o.x * l2, self.y * l1 + o.y * l2, self.z * l1 + o.z * l2)


class Spline:
    """A uniform-knot B-spline of degree 3 through control points (de Boor evaluation)."""

    def __init__(self, points, degree=3):
        self.points = points
        self.degree = degree
        n = len(points) + degree + 1
        inner = n - 2 * degree
        self.knots = [0] * degree + list(range(inner)) + [inner - 1] * degree

    def domain(self):
        return self.knots[self.degree - 1], self.knots[len(self.knots) - self.degree]

    def __call__(self, u):
        lo, hi = self.domain()
        if u < lo or u > hi:
            raise ValueError("outside the spline's domain")
        if u == hi:
            u = hi - 1e-9
        # find the knot span containing u
        k = self.degree - 1
        while not (self.knots[k] <= u < self.knots[k + 1]):
            k += 1
        d = [self.points[k - self.degree + j] for j in range(self.degree + 1)]
        for r in range(1, self.degree + 1):
            for j in range(self.degree, r - 1, -1):
                left = self.knots[k + j - self.degree]
                right = self.knots[k + 1 + j - r]
                alpha = 0.0 if right == left else (u - left) / (right - left)
                d[j] = d[j - 1].linear_combination(d[j], 1 - alpha, alpha)
        return d[self.degree]

    def __len__(self):
        return len(self.points)


class Chaos:
    def __init__(self, splines, rng):
        self.splines = splines
        self.rng = rng
        self.minx = self.miny = 1e300
        self.maxx = self.maxy = -1e300
        for s in splines:
            for p in s.points:
                self.minx = min(self.minx, p.x)
                self.miny = min(self.miny, p.y)
                self.maxx = max(self.maxx, p.x)
                self.maxy = max(self.maxy, p.y)
        self.width = self.maxx - self.minx
        self.height = self.maxy - self.miny
        self.weights = []
        for s in splines:
            total = 0.0
            prev = s(s.domain()[0])
            lo, hi = s.domain()
            steps = 20
            for i in range(1, steps + 1):
                cur = s(lo + (hi - lo) * i / steps)
                total += (cur - prev).length()
                prev = cur
            self.weights.append(total)
        whole = sum(self.weights)
        acc = 0.0
        self.cumulative = []
        for w in self.weights:
            acc += w / whole
            self.cumulative.append(acc)

    def pick(self):
        r = self.rng.random()
        for i, c in enumerate(self.cumulative):
            if r <= c:
                return i
        return len(self.cumulative) - 1

    def transform(self, point):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        s = self.splines[self.pick()]
        lo, hi = s.domain()
        base = s(lo + (hi - lo) * x)
        ahead = s(min(hi, lo + (hi - lo) * x + 0.01))
        tangent = ahead - base
        length = tangent.length()
        if length == 0.0:
            return base
        normal = Vec(-tangent.y / length, tangent.x / length, 0.0)
        return base + normal * ((y - 0.5) * 0.25 * self.height)

    def truncate(self, p):
        x = min(max(p.x, self.minx), self.maxx)
        y = min(max(p.y, self.miny), self.maxy)
        return Vec(x, y, 0.0)

    def run(self, width, height, steps):
        grid = [[0] * width for _ in range(height)]
        point = Vec((self.minx + self.maxx) / 2, (self.miny + self.maxy) / 2, 0.0)
        for _ in range(steps):
            point = self.truncate(self.transform(point))
            col = int((point.x - self.minx) / self.width * (width - 1))
            row = int((point.y - self.miny) / self.height * (height - 1))
            grid[row][col] += 1
        return grid


def bench():
    splines = [
        Spline([Vec(1.597, 3.304, 0.0), Vec(1.576, 4.123, 0.0), Vec(1.313, 5.288, 0.0),
                Vec(1.619, 5.330, 0.0), Vec(2.890, 5.503, 0.0), Vec(2.373, 4.382, 0.0),
                Vec(1.662, 4.360, 0.0)]),
        Spline([Vec(2.805, 4.017, 0.0), Vec(2.551, 3.525, 0.0), Vec(1.979, 2.620, 0.0),
                Vec(1.979, 2.620, 0.0)]),
        Spline([Vec(2.002, 4.011, 0.0), Vec(2.335, 3.313, 0.0), Vec(2.367, 3.233, 0.0),
                Vec(2.367, 3.233, 0.0)]),
    ]
    grid = Chaos(splines, Rng(1234)).run(WIDTH, HEIGHT, STEPS)
    lit = 0
    weighted = 0
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v:
                lit += 1
                weighted = (weighted * 31 + (r * WIDTH + c) * v) % 1000000007
    return "lit=%d hash=%d" % (lit, weighted)


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
