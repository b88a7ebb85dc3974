# frozenset immutability, hashability, reuse of the empty frozenset, and frozenset from various iterables.
fs = frozenset("abc") if False else frozenset([3, 1, 2])
print(fs, sorted(fs), len(fs), 2 in fs, fs.copy() is fs, frozenset(fs) is fs, type(fs.union([4])).__name__)
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(fs, name))
print(frozenset(range(4)), frozenset({1: 2, 3: 4}), frozenset((x * x for x in range(4))), frozenset(b"ab"))
print(frozenset() == frozenset(), hash(frozenset([1])) == hash(frozenset({1})), {fs: 1}[frozenset({1, 2, 3})])
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(sorted(x) for x in nested), frozenset([1]) in nested)
print(fs - {1}, fs & {2, 9}, fs ^ {3, 4}, fs | frozenset([0]), {0} | fs, type({0} | fs).__name__)
