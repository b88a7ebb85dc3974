# Messages of exceptions raised by the runtime itself for common mistakes (exact CPython 3.12 wording).
class Obj:
    pass
# Held in names so that the compiler has no literal to warn about.
NONE, ONE, S = None, 1, "s"
cases = [
    lambda: [][0], lambda: ()[0], lambda: ""[1], lambda: {}["k"], lambda: {}[1, 2], lambda: [1].pop(3),
    lambda: int("x"), lambda: float("y"), lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** -1 % 0,
    lambda: None.x, lambda: Obj().missing, lambda: Obj.missing, lambda: (1).__nope__, lambda: "s".nope,
    lambda: undefined_global, lambda: NONE(), lambda: ONE(), lambda: S(), lambda: [][NONE], lambda: {}.x,
    lambda: len(1), lambda: iter(1), lambda: next(1), lambda: hash([]), lambda: {[]: 1}, lambda: "a" + 1, lambda: 1 + "a",
    lambda: [] + (), lambda: -"x", lambda: ~[], lambda: "a" - "b", lambda: [] * [], lambda: None < None,
    lambda: import_error(), lambda: list.nope, lambda: object().__dict__, lambda: Obj().__slots__, lambda: int.bit_length(),
    lambda: [1, 2, 3][1:2:0], lambda: "x".join([1]), lambda: tuple(1), lambda: chr(-5), lambda: (lambda: 0)(1),
    lambda: (lambda *, a: 0)(), lambda: Obj(1), lambda: type.__call__(), lambda: super(), lambda: 0 ** -1,
]
def import_error():
    from sys import no_such_name
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
def local_unbound():
    print(x)
    x = 1
try:
    local_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def free_unbound():
    def inner():
        return y
    r = inner()
    y = 1
    return r
try:
    free_unbound()
except NameError as e:
    print(type(e).__name__, e)
