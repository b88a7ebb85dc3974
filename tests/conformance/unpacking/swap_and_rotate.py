# Multiple-assignment tricks: swaps, rotations, fibonacci, evaluation order of right side first.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
lst = [5, 1, 4, 2, 3]
for i in range(len(lst)):
    for j in range(len(lst) - 1 - i):
        if lst[j] > lst[j + 1]:
            lst[j], lst[j + 1] = lst[j + 1], lst[j]
print(lst)
arr = [0, 1, 2]
i = 0
i, arr[i] = 2, "set at new i"
print(i, arr)
arr = [0, 1, 2]
i = 0
arr[i], i = "set at old i", 2
print(i, arr)
order = []
class Tracker:
    def __setitem__(self, k, v):
        order.append(f"set {k}={v}")
def val(v):
    order.append(f"eval {v}")
    return v
t = Tracker()
t[val("k1")], t[val("k2")] = val(1), val(2)
print(order)
q = [1, 2, 3, 4]
q[:2], q[2:] = q[2:], q[:2]
print(q)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 180), gcd(17, 5))
