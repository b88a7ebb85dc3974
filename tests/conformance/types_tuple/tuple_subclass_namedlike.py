# tuple subclasses (a hand-written record type), __new__, properties, and how slicing/concat lose the subclass.
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "Point(x=%r, y=%r)" % self
    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])
p = Point(1, 2)
q = p + (10, 20)
print(p, q, p.x, q.y, len(p), p == (1, 2), isinstance(p, tuple), type(p[:]).__name__, type(p * 2).__name__)
print(tuple(p), hash(p) == hash((1, 2)), sorted([Point(3, 1), Point(1, 5), Point(1, 2)]), max(p), list(p))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
x, y = p
print(x, y, "%s-%s" % p, "{0}".format(p), (*p, 3))
print(tuple.__len__(p), tuple.__getitem__(p, -1), type(Point.__new__(Point, 5, 6)).__name__)
