# Lists mutated while iterated: appending, removing, clearing; list comprehension scope.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(seen, b)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it))
d = [1, 2, 3]
it = iter(d)
next(it)
next(it)
next(it)
d.append(4)
print(list(it), list(it))
e = [3, 1, 2]
r = reversed(e)
e.pop()
print(list(r))
x = "outer"
sq = [x * 2 for x in range(3)]
print(sq, x, [[j for j in range(i)] for i in range(4)], [y for y in range(10) if y % 3 if y > 2])
print([(i, j) for i in range(3) for j in range(i)], [v for row in [[1, 2], [3]] for v in row])
