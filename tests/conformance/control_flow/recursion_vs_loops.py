# The same algorithms written iteratively and recursively, results compared.
def fact_rec(n):
    return 1 if n <= 1 else n * fact_rec(n - 1)
def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def sum_digits_rec(n):
    return n if n < 10 else n % 10 + sum_digits_rec(n // 10)
def sum_digits_iter(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s
def reverse_rec(s):
    return s if len(s) <= 1 else reverse_rec(s[1:]) + s[0]
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
for n in [0, 1, 5, 10, 25]:
    print(n, fact_rec(n), fact_rec(n) == fact_iter(n))
for n in [7, 1234, 99999, 2 ** 64]:
    print(n, sum_digits_rec(n), sum_digits_iter(n))
print(reverse_rec("recursion"), "".join(reversed("recursion")))
best = max(range(1, 1000), key=collatz_len)
print("longest collatz under 1000:", best, collatz_len(best))
def binary(n):
    return "0" if n == 0 else (binary(n // 2).lstrip("0") + str(n % 2))
print([binary(i) for i in range(9)], [bin(i)[2:] for i in range(9)])
