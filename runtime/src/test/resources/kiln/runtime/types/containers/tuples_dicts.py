def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print((1,), (), (1, 2), ((),), tuple('abc'), tuple([1, 2]), tuple(range(3)))
print(hash(()), hash((1,)), hash((1, 'a') ) == hash((1, 'a')), hash((None, True, 2.5, -1)), hash(((1, 2), (3,))))
print(hash((2**70, -2**64, 10**20)), hash((-1,)), hash((0.5, 1.0)))
tp = (1, 2, 3, 2)
print(tp.count(2), tp.index(2), tp.index(2, 2), tp[1:3], tp[::-1], tp[-1], tp * 2, 2 * tp, tp + (5,))
t(lambda: tp[10]); t(lambda: tp['a']); t(lambda: tp.index(9)); t(lambda: tp + [1]); t(lambda: tuple(1, 2))
t(lambda: tp < (1, 2, 4)); t(lambda: (1, 'a') < (1, 2)); t(lambda: (1, 2) == (1, 2)); t(lambda: () < (1,))
class T(tuple): pass
x = T([1, 2]); print(x, type(x).__name__, x + (3,), type(x[:]).__name__, hash(x) == hash((1, 2)))
print(tuple.__class_getitem__(int), tuple[int, ...], tuple[()])
d = {'a': 1, 'b': 2}
print(d, d['a'], d.get('z'), d.get('z', 0), 'a' in d, len(d), list(d), d.keys(), d.values(), d.items())
t(lambda: d['z']); t(lambda: d[[1]]); t(lambda: {}.popitem()); t(lambda: d.pop('zz'))
print(d.pop('zz', 5), d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.popitem(), d, d.copy(), dict.fromkeys('xy'), dict.fromkeys([1, 2], 0))
t(lambda: dict([1])); t(lambda: dict([[1]])); t(lambda: dict(1)); t(lambda: dict(1, 2)); t(lambda: {1:2}.update(3))
print(dict(a=1, b=2), dict([(1, 2), [3, 4]], z=5), dict({1: 2}), dict(zip('ab', 'cd')))
e = {1: 'a'}; e.update({2: 'b'}, c=3); e.update([(4, 'd')]); print(e)
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {}, {1: 2} | {3: 4}, {1: 2, 3: 4} | {1: 5})
f = {1: 2}; f |= {3: 4}; f |= [(5, 6)]; print(f)
t(lambda: {1: 2} | [(1, 2)]); t(lambda: {1: 2} < {1: 2})
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.values())), list(reversed({1: 2}.items())))
k = {1: 2, 3: 4}.keys()
print(k & {1, 5}, k | {9}, k - {1}, k ^ {1, 7}, {3, 4} & k, [3] - k if False else 0, k == {1, 3}, k < {1, 3, 5}, k.isdisjoint([7]))
print({1: 2}.items() & {(1, 2)}, {1: 2}.items() == {(1, 2)}, (1, 2) in {1: 2}.items(), 2 in {1: 2}.values())
print(k.mapping, type(k).__name__, type(iter(k)).__name__, type(iter({}.items())).__name__, type(reversed(k)).__name__)
dd = {}; dd['self'] = dd; print(dd)
class M(dict):
    def __missing__(self, key): return key * 2
m = M(a=1); print(m['a'], m['zz'], m, type(m).__name__, m.get('q'))
def mut():
    g = {1: 2, 3: 4}
    for x in g: g[x + 10] = 1
t(mut)
def mut2():
    g = {1: 2, 3: 4}
    for x in g:
        del g[x]; g[x + 10] = 1
t(mut2)
def mut3():
    g = {1: 2}
    for x in g.values(): g.clear()
t(mut3)
big = {i: str(i) for i in range(100)}
for i in range(0, 100, 3): del big[i]
print(len(big), list(big)[:5], sum(big), big[50])
print({(1, 2): 3}[(1, 2)], {1.0: 'x'}[1], {True: 'y'}[1], {None: 1}, {'a': [1, {'b': (2,)}]})
print(dict.fromkeys(range(3)).keys() == {0, 1, 2}, {}.get(1, None), sorted({3: 1, 1: 2}))
t(lambda: hash({}))
t(lambda: {}.keys() - 1)
