import sys
def memo(fn):
    cache = {}
    def wrapper(*args, **kw):
        key = (args, tuple(sorted(kw.items())))
        if key not in cache:
            cache[key] = fn(*args, **kw)
        return cache[key]
    wrapper.__name__ = fn.__name__
    wrapper.cache = cache
    return wrapper

@memo
def ways(n, coins=(1, 2, 5)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100), len(ways.cache), ways.__name__)

class Registry(type):
    kinds = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.kinds[kw.get("kind", name.lower())] = cls
        return cls

class Plugin(metaclass=Registry):
    def __init_subclass__(cls, **kw):
        cls.tag = kw.pop("kind", "?")
        super().__init_subclass__()

class Csv(Plugin, kind="csv"): pass
class Json(Plugin): pass
print(sorted(Registry.kinds), Csv.tag, Json.tag, type(Csv).__name__)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name[1:]} must be int, not {type(value).__name__}")
        setattr(obj, self.name, value)

class Point:
    x = Field(); y = Field()
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    @property
    def norm1(self): return abs(self.x) + abs(self.y)
    @classmethod
    def origin(cls): return cls(0, 0)
    @staticmethod
    def parse(s): return Point(*map(int, s.split(",")))

p = Point.parse("3,-4")
print(p.norm1, Point.origin().x, vars(p))
try: p.x = "a"
except TypeError as e: print(e)
def where(pt):
    match pt:
        case Point(0, 0): return "origin"
        case Point(x, 0) | Point(0, x): return f"axis {x}"
        case Point(x, y) if x == y: return "diagonal"
        case {"x": x, **rest}: return f"dict {x} {rest}"
        case [a, b, *_]: return f"seq {a},{b}"
        case str() as s: return "str " + s
        case _: return "other"
for v in [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 3), {"x": 1, "z": 2}, (9, 8, 7), "hi", 4.5]:
    print(where(v))

def pipeline():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    except GeneratorExit:
        print("closing at", total)
    finally:
        print("finally")

g = pipeline(); next(g)
for i in range(5): g.send(i)
g.close()
def flatten(x):
    for i in x:
        if isinstance(i, list): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, [3, [4, []]], 5]])))
async def fetch(n):
    return n * 2
async def main():
    results = [await fetch(i) for i in range(4)]
    return sum(results)
c = main()
try: c.send(None)
except StopIteration as e: print("async result", e.value)
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)
print(sys.getrecursionlimit())
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as e: print("RecursionError", e)
x = [1]; x.append(x); d = {}; d["self"] = d
print(x, d)
print(f"{3.14159:.2f} {42:08b} {'left':<7}| {1234567:,} {0.000123:e} {12:#x} {-5:+d} {3+4j}")
nums = [5, 3, 8]
print(nums.sort() or nums, sorted("bca"), min([], default="empty"), any(x > 7 for x in nums), all([]))
