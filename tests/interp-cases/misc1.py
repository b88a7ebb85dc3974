a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
*e, f = "xyz"; print(e, f)
first, *mid, last = range(6); print(first, mid, last)
x = y = 5; print(x, y)
l = [1, 2, 3]; l[1:2] = [7, 8]; print(l, l[::-1], l[1:], l[:-1])
del l[0]; print(l)
dd = {'a': 1}; dd['b'] = 2; del dd['a']; print(dd)
print({**dd, 'c': 3}, [*l, *"ab"], {*l}, (*l,))
t = 1, 2; print(t)
def scope():
    v = []
    for i in range(3):
        v.append(lambda i=i: i)
    return [f() for f in v]
print(scope())
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); print(counter)
def closures():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(closures())
def nl():
    n = 0
    def bump():
        nonlocal n
        n += 1
    bump(); bump()
    return n
print(nl())
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3))})
print({c for c in "hello"} == set("helo"))
def match_it(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest] if len(rest) > 1:
            return f"list {x} {rest}"
        case {"k": val, **others}:
            return f"dict {val} {others}"
        case str() as s:
            return "str " + s
        case int(n) if n > 100:
            return "big"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy):
            return f"point {xx} {yy}"
        case None:
            return "none"
        case _:
            return "other"
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
for v in [0, 1, [1, 2], [1, 2, 3], {"k": 1, "z": 2}, "s", 500, 50, Point(0, 5), Point(1, 2), None, 3.5, (4, 5)]:
    print(match_it(v))
s = "hello"
print(f"{s!r:>10}|{s:^9}|{3.5:08.3f}|{255:#x}|{1234567:,}|{s=}")
print("%s and %d" % ("x", 3), "{} {}".format(1, 2))

print(abs(-3), round(2.567, 2), divmod(7, 2), 2 ** 10, 7 // -2, -7 % 3, 1e300 * 10, 10 / 4)
print(2 ** 100, -2 ** 63, (2 ** 64) // 3)
i = 10
i -= 3; i *= 2; i //= 3; i **= 2; i %= 7; i <<= 3; i >>= 1; i |= 1; i &= 0xff; i ^= 2
print(i)
print(1 < 2 < 3, 1 < 3 < 2, not 1, 1 and 0, 0 or "x", None is None, 1 in [1], 2 not in [1])
with open(__file__) as fh1, open(__file__) as fh2:
    print(fh1.readline() == fh2.readline())
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with CM():
    raise ValueError("suppressed")
print("after with")
def w():
    with CM():
        return "returned"
print(w())
x = 5
del x
try:
    x
except NameError as e:
    print(e)
lam = lambda a, *b, c=3, **d: (a, b, c, d)
print(lam(1, 2, e=5))
print(isinstance(lam, type(match_it)), lam.__name__)
while True:
    break
else:
    print("no")
for q in []:
    pass
else:
    print("for-else")
print(type(None).__name__, ..., NotImplemented)
def ann(a: int, b: "str" = "x") -> bool: pass
print(ann.__annotations__)
print(chr(65), ord("A"), hex(255), bin(5), oct(8), int("ff", 16), str(1.5), float("2.5"))
print(sorted({3: 1, 1: 2}), list(reversed([1, 2, 3])), max(3, 7), min([4, 2]), any([0, 1]), all([]))
print(list(map(str, range(3))), list(filter(None, [0, 1, 2])), list(enumerate("ab", 1)))
