for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("for", i)
else:
    print("no else")
for i in range(2):
    pass
else:
    print("else ran")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("while", n)
    if n == 4:
        break
else:
    print("not printed")
while n < 7:
    n += 1
else:
    print("while else", n)
x = 5
if x > 3:
    print("big")
elif x > 1:
    print("medium")
else:
    print("small")
if not x:
    print("no")
if x > 1 and x < 10 or x == 0:
    print("range")
if not (x > 1 and x < 3):
    print("not range")
if 1 < x < 10:
    print("chained")
if x if x > 100 else 0:
    print("ifexp no")
else:
    print("ifexp yes")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
result = []
i = 0
while True:
    i += 1
    if i > 3:
        break
    result.append(i)
print(result)
def f(v):
    while v:
        v -= 1
        if v == 2:
            return v
    return -1
print(f(5), f(1))
for x in []:
    print("never")
for c in "ab":
    print(c)
for k in {"a": 1}:
    print(k)
print([i for i in range(3) if i if i < 5])
(y := 10)
print(y)
if (z := x * 2) > 1:
    print(z)
