def t(f):
    try: print(repr(f())[:200])
    except BaseException as e: print(type(e).__name__, str(e)[:100])
def deep(n, mk):
    x = mk()
    for i in range(n): x = mk(x)
    return x
t(lambda: repr(deep(100000, lambda *a: list(a))))
t(lambda: repr(deep(100000, lambda *a: a)))
t(lambda: repr(deep(100000, lambda *a: {1: a[0]} if a else {})))
t(lambda: deep(50, lambda *a: list(a)))
t(lambda: deep(3000, lambda *a: list(a)) == deep(3000, lambda *a: list(a)))
l = [1, 2, 3]
class E:
    def __eq__(self, o): l.clear(); return False
t(lambda: E() in l)
t(lambda: l.count(E()))
t(lambda: [1, 2, 3].index(E()) if False else 0)
class Bad:
    def __lt__(self, o): raise ValueError('nope')
t(lambda: sorted([Bad(), Bad()]))
bl = [3, 2, Bad(), 1]
t(lambda: bl.sort())
print(len(bl))
t(lambda: sorted([1, None]))
t(lambda: max([1, None]))
import_data = [(i % 7, i) for i in range(500)]
s1 = sorted(import_data, key=lambda p: p[0])
print(all(s1[i][1] < s1[i + 1][1] for i in range(len(s1) - 1) if s1[i][0] == s1[i + 1][0]))
s2 = sorted(import_data, key=lambda p: p[0], reverse=True)
print(s2[:5], all(s2[i][1] < s2[i + 1][1] for i in range(len(s2) - 1) if s2[i][0] == s2[i + 1][0]))
x = []
for i in range(10):
    x.append(i)
    if len(x) > 20: break
print(x)
li = [1, 2, 3]
for v in li:
    if v < 5: li.append(v + 3)
print(li)
d = {1: 1}
class HE:
    def __hash__(self): return 1
    def __eq__(self, o): d.clear(); return False
t(lambda: d.get(HE()))
print(d)
t(lambda: {HE(), HE()} and 1)
print({1: 'a', 1.0: 'b', True: 'c'})
print([[]] * 3, [[1]] * 0, (1,) * -1, 'x' and [0] * 3)
a = [1, 2]; a[1:1] = a; print(a)
print(sorted(set(range(40, 0, -3))), list({5: 0, 1: 0}.keys()), list(set('mississippi')) == list(set('mississippi')))
print(sorted([0.0, -0.0, 1e-300, float('nan'), 3.0])[:1])
print(list(zip(*[[1, 2], [3, 4]])), dict(enumerate('ab')), set(map(len, ['a', 'bb', 'cc'])))
print(frozenset([frozenset([1]), frozenset()]), {1, 2} | frozenset([3]), frozenset([3]) | {1})
