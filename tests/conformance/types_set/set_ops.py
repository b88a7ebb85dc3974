# set and frozenset operators and their method forms, with ints so that printing order is fixed.
a = {1, 2, 3, 4}
b = {3, 4, 5}
fa = frozenset(a)
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3, 4} <= b, {3, 4} < b, b < b, a >= {1}, a > a, a == fa)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([1, 7]), a.issubset(range(10)),
      a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b))
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, type(fa.union()).__name__, fa - {1}, fa.copy() is fa)
for bad in [lambda: a | [1], lambda: a & "x", lambda: a < [1], lambda: {[1]}, lambda: a.union(5), lambda: {{1}},
            lambda: fa.add(1), lambda: a - None]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(set(), frozenset(), set("aaa") == {"a"}, set(range(5)), frozenset([3, 1, 2]), {frozenset({1})},
      set([1, 1.0, True]), {0, False, 0.0}, len({1, 2, 2}), set({1: 2}))
print(repr(set()), repr(frozenset()), repr(frozenset({1})), str({5}), {1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset([])))
print({x % 4 for x in range(20)}, sorted({-1, -5, 3}), max({2, 9, 4}), sum({1, 2, 3}), 2 in fa, 9 not in fa)
