# Subset/superset/equality between set and frozenset, with non-set operands (NotImplemented paths).
s = {1, 2}
fs = frozenset({1, 2})
print(s == fs, fs == s, s <= fs, fs < {1, 2, 3}, s > frozenset(), s != {1}, s == [1, 2], s.__eq__([1, 2]), s.__le__(5))
for op in (lambda: s < [1, 2, 3], lambda: s >= (1,), lambda: fs > "ab"):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
print(s.issubset([1, 2, 3]), fs.issuperset((1,)), s.isdisjoint(range(3, 9)), {1} < {1}, {1} <= {1}, set() < {0})
print(max([{1, 2}, {1}], key=len), sorted([{3}, {1, 2}, set()], key=len), {frozenset({1}): "fs"}[frozenset([1])])
print(frozenset() == set(), frozenset([1, 2]) | {3}, frozenset([1, 2]) == frozenset([2, 1]), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
