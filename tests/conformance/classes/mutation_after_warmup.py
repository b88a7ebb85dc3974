# Hot loops keep giving right answers when classes and instances change under them (inline-cache guards).
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)
def total_norm(points):
    t = 0
    for p in points:
        t += p.norm1()
    return t
pts = [Point(i, -i) for i in range(50)]
for _ in range(200):
    r = total_norm(pts)
print("warm:", r)
Point.norm1 = lambda self: max(abs(self.x), abs(self.y))
print("method replaced on class:", total_norm(pts))
pts[0].norm1 = lambda: 1000
print("a function stored on the instance shadows the method (and is not bound):", total_norm(pts[:1]), pts[0].norm1())
del Point.norm1
try:
    total_norm(pts[1:2])
except AttributeError as e:
    print("AttributeError:", e)
class Base:
    def kind(self): return "base"
class Child(Base):
    pass
def kinds(objs):
    return [o.kind() for o in objs]
objs = [Child() for _ in range(5)]
for _ in range(300):
    kinds(objs)
print(kinds(objs[:2]))
Base.kind = lambda self: "patched base"
print(kinds(objs[:2]))
Child.kind = lambda self: "child override"
print(kinds(objs[:2]))
del Child.kind
print(kinds(objs[:2]))
def read_x(o):
    return o.x
a = Point(1, 2)
for _ in range(500):
    read_x(a)
print(read_x(a))
a.__dict__["x"] = "via __dict__"
print(read_x(a))
del a.x
Point.x = "class attribute now"
print(read_x(a))
class Prop:
    @property
    def x(self):
        return "property x"
a.__class__ = Prop
print(read_x(a))
class Slotted:
    __slots__ = ("x",)
    def __init__(self, x): self.x = x
s = [Slotted(i) for i in range(10)]
for _ in range(200):
    total = sum(read_x(o) for o in s)
print(total)
Slotted.x = property(lambda self: -1)
print(read_x(s[3]))
