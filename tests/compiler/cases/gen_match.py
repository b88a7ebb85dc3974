from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Color:
    RED = 1
    GREEN = 2
def m(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1 | 2 | 3:
            return "small"
        case 1.5:
            return "float"
        case 2j:
            return "complex"
        case -1 + 2j:
            return "complex2"
        case "hello":
            return "str"
        case b"by":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "red"
        case [] :
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if x == y:
            return f"pair eq {x} rest {rest}"
        case [x, *_, z]:
            return f"first {x} last {z}"
        case (a, b, c, d, e):
            return "five"
        case {"k": val, **others}:
            return f"map {val} {sorted(others)}"
        case {"only": 1}:
            return "only"
        case {}:
            return "empty map"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x > 10:
            return "far"
        case Point(x=px, y=py) as pt:
            return f"point {px} {py} {pt.x}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"other str {s}"
        case [Point(x=1), *more] :
            return f"points {len(more)}"
        case (1, 2) | [3, 4]:
            return "alt seq"
        case _:
            return "default"
for v in [0, -1, 2, 1.5, 2j, -1 + 2j, "hello", b"by", None, True, 1, [], [5], [3, 3, 4], [1, 2, 3, 9],
          (1, 2, 3, 4, 5), {"k": 1, "z": 2, "a": 3}, {"only": 1}, {"x": 2}, Point(0, 0), Point(11, 1),
          Point(2, 3), 500, 500.5, "zzz", [Point(1, 2), 4, 5], (1, 2), [3, 4], object, 7]:
    print(repr(v) if not isinstance(v, type) else "type", "->", m(v))
def bind(v):
    match v:
        case [a, [b, c]] | [a, b, c]:
            return a, b, c
        case {"a": [x, *ys]}:
            return x, ys
        case (x, y) as whole:
            return "whole", whole
        case other:
            return "other", other
print(bind([1, [2, 3]]), bind([4, 5, 6]), bind({"a": [1, 2, 3]}), bind((7, 8)), bind(9))
def guard_default(v):
    match v:
        case x if x > 5:
            return "gt5"
        case _ if v < 0:
            return "neg"
        case _:
            return "other"
print(guard_default(10), guard_default(-3), guard_default(2))
def only_default(v):
    match v:
        case _:
            return "only"
print(only_default(1))
def capture_last(v):
    match v:
        case 1:
            return "one"
        case n:
            return n * 2
print(capture_last(1), capture_last(5))
match {"action": "move", "dir": "north"}:
    case {"action": "move", "dir": ("north" | "south") as d}:
        print("moving", d)
match [1, 2]:
    case [1, *_]:
        print("star wildcard")
match "text":
    case str(t):
        print("str class", t)
match (1, "a"):
    case (int(i), str(s)):
        print("typed", i, s)
