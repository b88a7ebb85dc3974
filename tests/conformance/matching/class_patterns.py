# Class patterns: positional via __match_args__, keywords, builtin types with self-matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Rect:
    def __init__(self, a, b):
        self.a, self.b = a, b
def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(a=a, b=b):
            return f"rect {a}x{b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return f"number {obj}"
        case str(s):
            return f"string {s!r}"
        case list([*items]) | tuple([*items]):
            return f"sequence of {len(items)}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case bool(b):
            return "bool (unreachable: int matched first)"
        case _:
            return "other"
for o in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 4), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 2), Rect(2, 3), 500, 7, 2.5, True, "s", [1, 2], (1,), {"a": 1}, None]:
    print(describe(o))
try:
    match Rect(1, 2):
        case Rect(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)
not_a_class = 5
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(y):
            pass
except TypeError as e:
    print("TypeError:", e)
