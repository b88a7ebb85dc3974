# Hashes of tuples, frozensets, None-like singletons and user classes: equal values hash equal.
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))) == hash((True, (2.0, 3 + 0j))), hash(()) == hash(()))
print(hash((1, 2)), hash(()), hash((0,)), hash((-1,)), hash(((1, 2), 3)), hash((1, 2, 3)) != hash((3, 2, 1)))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
for v in [[1], {1: 2}, {1}, bytearray(b"x"), ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
class Default:
    pass
a = Default()
print(hash(a) == hash(a), type(hash(a)).__name__, hash(a) == object.__hash__(a))
class Custom:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(Custom(-1)), hash(Custom(10 ** 30)), hash(Custom(True)), hash(Custom(2 ** 64)))
class BadHash:
    def __hash__(self):
        return "x"
class FloatHash:
    def __hash__(self):
        return 1.5
for v in (BadHash(), FloatHash()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
class Sub(int):
    pass
class SubEq(int):
    def __eq__(self, other):
        return False
print(hash(Sub(5)), SubEq.__hash__ is None)
try:
    hash(SubEq(3))
except TypeError as e:
    print("TypeError", e)
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(NotImplemented) == hash(NotImplemented), hash(int) == hash(int))
