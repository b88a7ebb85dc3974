def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print({3, 1, 2, 100, -5, 17, 9, 33}, set(), frozenset(), frozenset([3, 2]), set('a'), {(1, 2), (3,)})
s = set(range(0, 60, 7)); print(s)
s.discard(14); s.add(64); s.add(1000); s.add(-1); print(s, len(s))
s2 = {i * 8 for i in range(20)}; print(s2)
for i in range(0, 160, 16): s2.discard(i)
print(s2, s2.pop(), s2.pop(), s2)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
print(a.union([9], (8,)), a.intersection(b, [4]), a.difference([1], {2}), a.symmetric_difference([1, 9]), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]))
c = set(a); c |= b; print(c); c &= {1, 5, 9}; print(c); c -= {1}; print(c); c ^= {5, 6}; print(c)
c.update([10, 11], {12}); c.intersection_update(range(11)); print(c); c.difference_update([10]); print(c)
c.symmetric_difference_update([1, 2]); print(c)
t(lambda: set().pop()); t(lambda: set().remove(1)); t(lambda: {[]}); t(lambda: set(1, 2)); t(lambda: set(a=1)); t(lambda: {1} | [1])
t(lambda: {1} < [1]); t(lambda: {1}.union(1)); t(lambda: frozenset([1]).add)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(['a'])) == hash(frozenset(['a'])), hash(frozenset(range(100))))
print(set([1]) in {frozenset([1])}, frozenset([1, 2]) == {1, 2}, {frozenset({1}), 2}, {1, 2} == frozenset({1, 2}))
class S(set): pass
class F(frozenset): pass
print(S([1, 2]), S(), F([1]), S([1]) | {2}, type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type(frozenset() | {1}).__name__)
def mut():
    z = {1, 2, 3}
    for x in z: z.add(x + 10)
t(mut)
rs = set(); rs.add(1); print(repr(rs), str({1, 2.5}), {None, True})
fs = frozenset([1]); print(fs.copy() is fs, set(fs), {1, 2}.copy(), set().__reduce__())
print(set([1.5, 2, 'x']) == {'x', 2, 1.5}, sorted({5, 3, 9}), max({1, 7, 3}))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), range(5), range(1, 5), range(1, 9, 2), range(0))
r = range(0, 20, 3)
print(len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], 9 in r, 10 in r, 9.0 in r, r.index(9), r.count(9), r.count(10))
t(lambda: r[100]); t(lambda: r['a']); t(lambda: r.index(10)); t(lambda: range(1.0)); t(lambda: range(1, 2, 0)); t(lambda: range())
t(lambda: range(1, 2, 3, 4)); t(lambda: len(range(10**30))); t(lambda: range(5).index('a'))
print(range(0) == range(2, 2), range(0, 3, 5) == range(0, 1), range(1, 10, 2) == range(1, 11, 2), range(3) != range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 9, 100)), hash(range(10)))
print(range(10**30)[10**20], range(-5, 5)[3], list(reversed(range(1, 10, 3))), list(reversed(range(0))), 10**25 in range(10**30))
print(range(1, 10).start, range(1, 10).stop, range(1, 10, 2).step, bool(range(0)), bool(range(10**30)), range(-10, -1, 2)[1:])
print(list(range(-3, 3)), list(range(5, -5, -2)), range(2**63 - 2, 2**63 + 2)[2], list(range(2**63 - 2, 2**63 + 1)))
print(slice(1, 2), slice(3), slice(None, None, -1), slice(1, 2, 3).indices(10), slice(-100, 100, -2).indices(5), slice(None).indices(3))
t(lambda: slice(1, 2, 0).indices(4)); t(lambda: slice(1).indices(-1)); t(lambda: slice()); t(lambda: slice(1, 2, 3, 4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), hash(slice(1, 2, 3)), hash(slice(None)), slice(1, 2, 3).start)
print([0, 1, 2, 3, 4, 5][slice(None, None, 2)], 'abcdef'[1:5][::-1] if False else 0)
t(lambda: [1, 2][1.5:]); t(lambda: [1, 2][::0])
print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate(iterable='x')))
print(list(enumerate('ab', 2**70)))
t(lambda: enumerate()); t(lambda: enumerate(1)); t(lambda: enumerate([], 2, 3)); t(lambda: enumerate([], x=3)); t(lambda: enumerate([], start='a'))
print(list(zip()), list(zip('ab', [1, 2, 3])), list(zip('ab', range(2), strict=True)), list(zip([1])))
t(lambda: list(zip([1, 2], [3], strict=True))); t(lambda: list(zip([1], [3, 4], strict=True))); t(lambda: list(zip([1], [3, 4], [5], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], [5], strict=True))); t(lambda: zip(1)); t(lambda: zip([], x=1))
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, 'ab', 'xyz')))
t(lambda: map()); t(lambda: map(len)); t(lambda: map(len, 1)); t(lambda: map(len, [], x=1))
print(list(filter(None, [0, 1, '', 'a'])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(bool, [0, 3])))
t(lambda: filter(None)); t(lambda: filter(None, 1)); t(lambda: filter(None, [], x=1))
print(list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed([1, 2])))
t(lambda: reversed()); t(lambda: reversed(1)); t(lambda: reversed({1})); t(lambda: reversed(x=1))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())), list(iter(Seq().__getitem__, 20)) if False else 0)
class R:
    def __reversed__(self): return iter([9, 8])
print(list(reversed(R())))
n = iter([1, 2, 3]).__next__
cnt = [0]
def f():
    cnt[0] += 1; return cnt[0]
print(list(iter(f, 4)), next(iter([]), 'dflt'), next(iter([5])))
t(lambda: iter()); t(lambda: iter(1, 2)); t(lambda: iter(1, 2, 3)); t(lambda: next(iter([]))); t(lambda: next(1))
e = enumerate([1]); print(type(e).__name__, iter(e) is e, type(zip()).__name__, type(map(abs, [])).__name__)
