# Deeply nested and dependent comprehensions; comprehensions over generators and strings.
board = [[(r + c) % 2 for c in range(8)] for r in range(8)]
for row in board[:3]:
    print("".join("#" if v else "." for v in row))
pascal = [[1]]
for _ in range(7):
    pascal.append([a + b for a, b in zip([0] + pascal[-1], pascal[-1] + [0])])
for row in pascal:
    print(" ".join(str(v) for v in row).center(30))
flat = [x for sub1 in [[[1, 2], [3]], [[4], [5, 6]]] for sub2 in sub1 for x in sub2]
print(flat)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
transposed = list(map(list, zip(*[[1, 2, 3], [4, 5, 6]])))
print(transposed, [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)] == transposed)
print({w: {c: w.count(c) for c in sorted(set(w))} for w in ["noon", "level"]})
print([[c for c in w if c not in "aeiou"] for w in ["banana", "kiwi"]])
