# Matching instances of classes with __match_args__ built by a small record decorator; shapes area.
def record(*fields):
    def deco(cls):
        def __init__(self, *args):
            for f, a in zip(fields, args, strict=True):
                setattr(self, f, a)
        cls.__init__ = __init__
        cls.__match_args__ = fields
        cls.__repr__ = lambda self: f"{cls.__name__}({', '.join(repr(getattr(self, f)) for f in fields)})"
        return cls
    return deco
@record("x", "y")
class Pt: pass
@record("a", "b", "c")
class Tri: pass
@record("center", "radius")
class Circ: pass
@record("corner", "w", "h")
class Rect: pass
def area(shape):
    match shape:
        case Circ(_, r) if r < 0:
            raise ValueError(f"negative radius in {shape!r}")
        case Circ(radius=r):
            return round(3.14159 * r * r, 3)
        case Rect(_, w, h):
            return w * h
        case Tri(Pt(x1, y1), Pt(x2, y2), Pt(x3, y3)):
            return abs((x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)) / 2)
        case [*shapes]:
            return sum(area(s) for s in shapes)
        case _:
            raise TypeError(f"not a shape: {shape!r}")
shapes = [Circ(Pt(0, 0), 1), Rect(Pt(1, 1), 3, 4), Tri(Pt(0, 0), Pt(4, 0), Pt(0, 3)), [Rect(Pt(0, 0), 1, 1), Circ(Pt(1, 1), 2)]]
for s in shapes:
    print(s, "->", area(s))
for bad in (Circ(Pt(0, 0), -2), "square", Pt(1, 2)):
    try:
        area(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Pt(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
