# Set comprehensions, set() from generators, len/bool, pop order-independent checks, discard vs remove.
evens = {x for x in range(20) if x % 2 == 0}
print(sorted(evens), len(evens), bool(set()), bool({0}), {x % 3 for x in range(100)} == {0, 1, 2})
squares = set(x * x for x in range(-3, 4))
print(sorted(squares), squares == {0, 1, 4, 9})
s = set(range(5))
got = []
while s:
    got.append(s.pop())
print(sorted(got), s)
s = {10}
s.discard(99)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e, repr(e))
print({*range(3), *[5]}, {*()}, set(), {()} if True else None, {(1,)} == {tuple([1])})
words = ["x", "y", "x"]
print(len(set(words)), sorted(set(words)), sorted({w.upper() for w in words}))
