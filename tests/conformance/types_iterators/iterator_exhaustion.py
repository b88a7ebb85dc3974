# Exhausted builtin iterators stay exhausted, even if the underlying container grows (except list iterators mid-way).
lst = [1]
it = iter(lst)
print(list(it))
lst.append(2)
print(list(it))
d = {1: 1}
di = iter(d)
print(list(di))
d[2] = 2
print(list(di))
s = "ab"
si = iter(s)
print(list(si), list(si))
g = (x for x in range(2))
print(list(g), list(g), next(g, "done"))
m = map(str, [1])
print(list(m), list(m))
z = zip([1, 2], [3])
print(list(z), list(z))
r = reversed([1, 2])
print(list(r), list(r))
e = enumerate("a")
print(list(e), list(e))
live = [1, 2]
li = iter(live)
next(li)
live.append(3)
print(list(li))
