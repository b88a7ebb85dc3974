# pow with two and three arguments: negative exponents, modular inverse, error cases.
print(pow(2, 10), pow(2, -2), pow(-3, 3), pow(0, 0), pow(7, 0))
print(pow(3, 200, 1000000007), pow(2, 10 ** 6, 998244353), pow(-5, 3, 7), pow(5, 3, -7))
print(pow(3, -1, 11), pow(10, -3, 997), pow(38, -1, 97))
print(pow(2, 100, 1), pow(0, 0, 5), pow(12345678901234567890, 98765, 10 ** 20 + 39))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) if False else "skip", 10 ** -2)
print(pow(-2, 63), pow(-2, 64), (-1) ** (10 ** 20), (-1) ** (10 ** 20 + 1))
print(pow(base=3, exp=4), pow(base=3, exp=4, mod=5))
