# Every list method with ordinary and edge-case arguments.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.extend(range(2))
a.extend("ab")
a.insert(0, "first")
a.insert(100, "last")
a.insert(-100, "very")
a.insert(-1, "pen")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a.index(1), a.index(1, 3), a.index(5, 0, 6), a.count(1), a.count("zz"))
a.remove(1)
print(a)
b = a.copy()
a.reverse()
print(a, b, a is b)
a.clear()
print(a, b[::-1] == list(reversed(b)))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].index(1, 1),
            lambda: [].insert(0), lambda: [].extend(5), lambda: [].append(), lambda: [1].pop("0"), lambda: [1, "a"].sort()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
c = [1, 2]
c.extend(c)
print(c)
c += (7, 8)
c *= 2
print(c, len(c))
d = [0] * 3
d2 = [[]] * 3
d2[0].append(1)
print(d, d2, [1, 2] + [3], [] * 5, [1] * -1, list("abc"), list((1, 2)), list({1: 2}), list(range(3)))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
x = [1, 2, 3]
print(x == [1, 2, 3], x < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], x != x[:], 2 in x, [2] in [[2]])
