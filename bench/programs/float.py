"""float: many small Point objects built from sin/cos, normalised and reduced to a maximum.

Float arithmetic, attribute stores and object allocation. sin and cos are computed here (only sys
and time may be imported) by range reduction and a Taylor polynomial.
"""
import sys
import time

POINTS = 60000
TWO_PI = 6.283185307179586
HALF_PI = 1.5707963267948966
PI = 3.141592653589793


def sin(x):
    # reduce to [-pi, pi], then to [-pi/2, pi/2] with sin(pi - x) == sin(x)
    x = x - TWO_PI * int(x / TWO_PI)
    if x > PI:
        x -= TWO_PI
    elif x < -PI:
        x += TWO_PI
    if x > HALF_PI:
        x = PI - x
    elif x < -HALF_PI:
        x = -PI - x
    x2 = x * x
    term = x
    total = x
    k = 1
    while k < 12:
        term = -term * x2 / ((2 * k) * (2 * k + 1))
        total += term
        k += 1
    return total


def cos(x):
    return sin(x + HALF_PI)


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def bench():
    points = [Point(i) for i in range(POINTS)]
    for p in points:
        p.normalize()
    return repr(maximize(points))


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
