# range(a, b, s) matches the equivalent while-loop for many (a, b, s), in length, items, reversed and membership.
def manual(a, b, s):
    out = []
    i = a
    while (s > 0 and i < b) or (s < 0 and i > b):
        out.append(i)
        i += s
    return out
bad = 0
checked = 0
for a in range(-7, 8, 3):
    for b in range(-9, 10, 4):
        for s in (-5, -2, -1, 1, 2, 3, 7):
            r = range(a, b, s)
            m = manual(a, b, s)
            checked += 1
            if list(r) != m or len(r) != len(m) or list(reversed(r)) != m[::-1]:
                bad += 1
            if any((v in r) != (v in m) for v in range(-12, 13)):
                bad += 1
            if m and (r.index(m[-1]) != len(m) - 1 or r[-1] != m[-1] or r[0] != m[0]):
                bad += 1
print(checked, bad)
print(list(range(3, -4, -2)), list(range(-3, 4, 2)), range(3, -4, -2)[1:], range(-3, 4, 2)[::-1])
