# The same computations as loops and as comprehensions give the same results; timing-free comparison.
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
loop_result = []
for w in words:
    if len(w) > 4:
        loop_result.append(w.upper())
comp_result = [w.upper() for w in words if len(w) > 4]
print(loop_result == comp_result, comp_result)
loop_dict = {}
for i, w in enumerate(words):
    loop_dict.setdefault(len(w), []).append(i)
comp_dict = {n: [i for i, w in enumerate(words) if len(w) == n] for n in sorted({len(w) for w in words})}
print(loop_dict == comp_dict, comp_dict)
pairs_loop = []
for a in range(4):
    for b in range(a):
        if (a + b) % 2:
            pairs_loop.append((a, b))
pairs_comp = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs_loop == pairs_comp, pairs_comp)
letters = sorted({c for w in words for c in w})
print("".join(letters), len(letters))
vowel_counts = {w: sum(c in "aeiou" for c in w) for w in words}
print(max(vowel_counts, key=lambda w: (vowel_counts[w], w)), sorted(vowel_counts.items())[:3])
matrix = [[i * 4 + j for j in range(4)] for i in range(4)]
flat_loop = []
for row in matrix:
    for v in row:
        flat_loop.append(v)
print(flat_loop == [v for row in matrix for v in row], [row[::-1] for row in matrix[::-1]][0])
