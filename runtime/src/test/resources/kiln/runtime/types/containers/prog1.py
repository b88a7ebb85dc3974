text = """the quick brown fox jumps over the lazy dog the fox barks and the dog runs away quick quick"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f"{word:>6} {n}")
print(globals()['__name__'], sorted(k for k in globals() if not k.startswith('__'))[:4])
matrix = [[i * j for j in range(4)] for i in range(4)]
print(matrix, list(zip(*matrix))[1], [row[::-1] for row in matrix][0], sum(map(sum, matrix)))
seen = set()
uniq = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(uniq, seen, frozenset(seen) | {9}, sorted(seen, reverse=True))
inv = {v: k for k, v in enumerate('abcde')}
print(inv, dict(sorted(inv.items(), key=lambda kv: -kv[1])), max(inv, key=inv.get))
stack = []
for ch in "(a[b]{c})":
    if ch in "([{": stack.append(ch)
    elif ch in ")]}": stack.pop()
print(stack == [], len(stack))
from_pairs = dict(zip(range(3), 'xyz'))
print(from_pairs, list(from_pairs.values()), *from_pairs, sep=' | ')
nested = {'a': [1, {'b': (2, 3)}], 'c': {4, 5}}
print(nested, repr(nested['a'][1]['b']), isinstance(nested, dict), type(nested['c']) is set)
print(list(filter(str.isdigit, "a1b2c3")), list(map(int, "123")), any(c.isupper() for c in "abC"))
print(divmod(17, 5), pow(2, 100) % 97, round(3.14159, 3), abs(-7), bin(10), hex(255), oct(8), chr(65) + chr(0x263A), ord('A'))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]), min("hello"), max([1, 5, 3]), sum([0.5] * 4))
