# while/else and for/else with break and continue.
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
    return i

find([4, 5, 6], 5)
find([4, 5, 6], 9)

for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
    print("even", count)
else:
    print("unreachable")

for x in []:
    print("no")
else:
    print("empty for runs else")

n = 3
while n:
    n -= 1
    print("n", n)
else:
    print("while ended normally")
