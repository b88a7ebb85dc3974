# Arbitrary-precision arithmetic: growth past 64 bits, mixed signs, floor division and modulo.
a = 2 ** 64
b = 3 ** 50
c = -(7 ** 40)
print(a, b, c)
print(a + b, a - b, a * b, b * c)
print(b // a, b % a, c // a, c % a, -c // 12345678901, c % -12345678901)
print(divmod(b, c), divmod(c, b), divmod(c, -b))
print(a * a * a * a)
print(b ** 3)
f = 1
for i in range(1, 60):
    f *= i
print("59! =", f)
print(f // (2 ** 50), f % 1000000007, f >> 100, f << 3)
print(sum(range(10 ** 6)) * 10 ** 20)
print(int("9" * 50) + 1)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
x = 1
for i in range(200):
    x = x * 3 + i
print(x)
print(x % (2 ** 61 - 1), x.bit_length())
print((2 ** 100 - 1) & (2 ** 70 + 12345), (2 ** 100) | 5, (2 ** 100) ^ (2 ** 99))
print(-(2 ** 100) & 0xFFFF, -(2 ** 100) | 1, -(2 ** 100) ^ -1)
print(abs(-(10 ** 40)), -(10 ** 40) < -(10 ** 39), 10 ** 40 == 10 ** 40, 10 ** 40 != 10 ** 40 + 1)
