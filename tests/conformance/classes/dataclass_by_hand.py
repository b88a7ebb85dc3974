# A hand-written dataclass-like decorator generating __init__, __repr__, __eq__, ordering.
def fields_of(cls):
    return [k for k in cls.__dict__.get("__annotations__", {})]
def record(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        names = fields_of(cls)
        defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}
        def __init__(self, *args, **kwargs):
            if len(args) > len(names):
                raise TypeError(f"{cls.__name__}() takes {len(names)} arguments")
            values = dict(zip(names, args))
            for k, v in kwargs.items():
                if k not in names:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for {k!r}")
                values[k] = v
            for n in names:
                if n not in values:
                    if n not in defaults:
                        raise TypeError(f"{cls.__name__}() missing {n!r}")
                    values[n] = defaults[n]
                object.__setattr__(self, n, values[n])
            if hasattr(self, "__post_init__"):
                self.__post_init__()
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")"
        def astuple(self):
            return tuple(getattr(self, n) for n in names)
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)
        cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
        cls.__hash__ = (lambda self: hash(astuple(self))) if frozen else None
        if order:
            cls.__lt__ = lambda self, o: astuple(self) < astuple(o)
        if frozen:
            def __setattr__(self, k, v):
                raise AttributeError(f"cannot assign to field {k!r}")
            cls.__setattr__ = __setattr__
        cls.__match_args__ = tuple(names)
        return cls
    return wrap if cls is None else wrap(cls)
@record
class Point:
    x: int
    y: int = 0
@record(order=True, frozen=True)
class Card:
    rank: int
    suit: str = "spades"
    def __post_init__(self):
        print(f"  validated {self.rank} of {self.suit}")
print(Point(1, 2), Point(3), Point(y=5, x=4), Point(1, 2) == Point(1, 2), Point(1) == Point(2))
cards = [Card(10), Card(3, "hearts"), Card(3, "clubs"), Card(12, suit="diamonds")]
print(sorted(cards))
print(len({Card(1), Card(1), Card(2)}))
try:
    cards[0].rank = 11
except AttributeError as e:
    print("AttributeError:", e)
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(z=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
match Point(0, 7):
    case Point(0, y):
        print("on the y axis at", y)
try:
    hash(Point(1, 1))
except TypeError as e:
    print("TypeError:", e)
