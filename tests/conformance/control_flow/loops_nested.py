# Nested loops with break/continue/else, loop variables after loops, range variants.
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print(f"({i},{j})", end=" ")
    else:
        print(f"[inner completed for i={i}]", end=" ")
print()
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(3, 20, 4)
print(r, len(r), r[1], r[-1], r[::-1], 11 in r, 12 in r, r.index(15), r.count(7))
found = None
for row in [[1, 3], [5, 8, 9], [11]]:
    for v in row:
        if v % 2 == 0:
            found = v
            break
    if found is not None:
        break
print("first even", found)
total = 0
for n in range(100):
    if n % 3:
        continue
    if n > 30:
        break
    total += n
print(total, n)
k = 0
while k < 10:
    k += 1
    if k == 3:
        continue
    if k == 7:
        break
print("k", k)
for ch in "loop":
    pass
print(ch)
count = 0
for _ in range(3):
    for _ in range(4):
        count += 1
print(count)
