# Float arithmetic and mixed int/float operations, pow with fractional and negative exponents.
vals = [1.5, -2.25, 0.1, 3.0, -0.5, 1e10, 7.0]
for a in vals:
    print(a, [a + b for b in vals])
    print(a, [a * b for b in vals])
    print(a, [a / b for b in vals])
    print(a, [a // b for b in vals])
    print(a, [a % b for b in vals])
print(2 ** 0.5, 2.0 ** -1, 9 ** 0.5, 10 ** 0.5, 1.0000001 ** 1000000, 0.0 ** 0.0, (-2.0) ** 2, (-2.0) ** 3)
print((-8) ** (1 / 3))
print(1 + 2.0, 3 * 1.5, 7 / 2, 7.0 // 2, 2 ** 62 * 1.0, 10 ** 20 + 0.5, (10 ** 20 + 1) * 1.0)
print(sum([0.1] * 10), 1e16 + 2 - 1e16, 3 * 0.1, 0.1 * 3, 4.35 * 100, 1.15 * 100)
x = 1.0
for i in range(1, 40):
    x = x * 1.5 - 1 / i
print(x)
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), (1.0).__add__("x"), float.__mul__(2.0, 3))
print(abs(-3.5), -(-3.5), +3.5, 3.5 == 3.5, 3.5 != 3, 2.0 == 2, hash(2.0) == hash(2))
