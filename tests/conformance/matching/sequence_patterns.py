# Sequence patterns: fixed length, star, nested, tuples vs lists, strings are not sequences here.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case _:
            return "not a sequence pattern match"
for s in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], range(3), "ab", b"ab", {1: 2}, (9,), bytearray(b"x")]:
    print(repr(s), "->", shape(s))
def points(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case [(x1, y1), (x2, y2)]:
            return f"segment {x1},{y1} -> {x2},{y2}"
        case (x, y, *rest):
            return f"point {x},{y} extra={rest}"
        case _:
            return "not a point"
for p in [(0, 0), (3, 0), (0, 7), [(1, 2), (3, 4)], (1, 2, 3, 4), (1,), 5]:
    print(p, "->", points(p))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2, 3):
    case [*all_items]:
        print("star captures a list:", all_items, type(all_items).__name__)
class MySeq:
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
import sys
print("custom class without Sequence registration:", shape(MySeq(1, 2)))
