from __future__ import annotations
def f(a: int, b: list[str] = None, *args: tuple[int, ...], c: "quoted" = 1, **kw: dict[str, int | None]) -> Foo.Bar:
    return a
print(f.__annotations__)
class C:
    x: List[int]
    y: Callable[[int], str] = None
    z: lambda a, b=1: a
print(C.__annotations__)
v: -1 + 2 * 3 ** -x
print(__annotations__)
def g(x: a if b else c, y: not a, z: a and b or c, t: (1, 2), u: {1: 2, **d}, s: {1, 2}, q: [i for i in x]) -> f"{x!r:>3}":
    pass
print(g.__annotations__)
def h(x: a.b[c:d, ::2], y: ~a << 2, z: (a, ), w: x[()], k: 1e309, m: ..., n: "s" "t") -> await_:
    pass
print(h.__annotations__)
