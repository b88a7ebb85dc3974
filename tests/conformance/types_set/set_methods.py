# Mutating set methods and in-place operators; iteration over mutated sets.
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(1)
s.discard(99)
s.remove(3)
print(sorted(s))
s.update([5, 6], {7}, range(8, 10))
print(sorted(s))
s.intersection_update(range(5, 20), [5, 6, 7, 8, 9, 100])
print(sorted(s))
s.difference_update({5}, [6])
print(sorted(s))
s.symmetric_difference_update({7, 20})
print(sorted(s))
s |= {1}
s &= {1, 8, 9, 20}
s -= {9}
s ^= {0, 1}
print(sorted(s), s.pop() in {0, 1, 8, 20}, len(s))
c = s.copy()
s.clear()
print(s, len(c))
for bad in [lambda: set().pop(), lambda: set().remove(1), lambda: set().add([]), lambda: set().update(1),
            lambda: set().discard({}), lambda: set().remove([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(set().discard(frozenset()), {frozenset([1])}.__contains__({1}), {1, 2}.__len__())
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
u = {1, 2, 3}
for x in list(u):
    u.discard(x)
print(u)
class MySet(set):
    pass
m = MySet([1, 2])
print(type(m | {3}).__name__, type(m.copy()).__name__, m == {1, 2}, repr(m), MySet(), frozenset(m) == m)
class MyFrozen(frozenset):
    pass
print(repr(MyFrozen([1])), type(MyFrozen([1]) & {1}).__name__)
