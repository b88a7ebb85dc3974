# __new__ and __init__ interplay, immutable subclasses, object() argument errors.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), u.lower())
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __repr__(self):
        return f"Positive({int(self)})"
print(Positive(5) + 1, Positive(3), [Positive(0)])
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), type(p).__name__)
class Tracker:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
Tracker(1, 2)
class Other: pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
print(type(ReturnsOther()).__name__)
for call in (lambda: object(1), lambda: Other(1), lambda: Other(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a)
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
class ListSub(list):
    def __init__(self, *a):
        super().__init__(a)
print(ListSub(1, 2, 3), len(ListSub()), ListSub(1) + [2])
