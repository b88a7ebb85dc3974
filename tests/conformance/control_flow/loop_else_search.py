# Search idioms with for/else and while/else.
inventory = {"apples": 3, "pears": 0, "plums": 7}
for wanted in ["pears", "plums", "kiwis"]:
    for name, qty in inventory.items():
        if name == wanted:
            if qty:
                print(f"{wanted}: {qty} in stock")
            else:
                print(f"{wanted}: sold out")
            break
    else:
        print(f"{wanted}: not carried")
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False
print([n for n in range(50) if is_prime(n)])
def find_duplicate(seq):
    seen = set()
    for x in seq:
        if x in seen:
            print("duplicate", x)
            break
        seen.add(x)
    else:
        print("all unique", len(seen))
find_duplicate([1, 2, 3, 2])
find_duplicate(range(5))
