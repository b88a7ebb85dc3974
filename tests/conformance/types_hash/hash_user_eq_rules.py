# Defining __eq__ sets __hash__ to None; inheriting __hash__ explicitly; __hash__ results are reduced to Py_ssize_t.
class EqNoHash:
    def __eq__(self, other):
        return True
print(EqNoHash.__hash__)
class EqWithHash(EqNoHash):
    __hash__ = object.__hash__
print(EqWithHash.__hash__ is object.__hash__, type(hash(EqWithHash())).__name__)
class Parent:
    def __hash__(self):
        return 42
class ChildEq(Parent):
    def __eq__(self, other):
        return False
class ChildKeep(Parent):
    def __eq__(self, other):
        return False
    __hash__ = Parent.__hash__
print(ChildEq.__hash__, hash(ChildKeep()))
class Huge:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 2 ** 63, -(2 ** 63), -1, 10 ** 100, True]:
    print(v if v < 10 ** 30 else "10**100", hash(Huge(v)))
class IntSub(int):
    def __hash__(self):
        return 7
print(hash(IntSub(3)), {IntSub(3): "x"}.get(3), {3: "y"}.get(IntSub(3)))
