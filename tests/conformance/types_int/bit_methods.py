# bit_length, bit_count, as_integer_ratio, is_integer, conjugate, numerator/denominator, real/imag.
for n in (0, 1, -1, 2, 7, -8, 255, 256, 2 ** 63, -(2 ** 63), 2 ** 100 + 1, -(3 ** 70)):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(),
          n.conjugate(), n.numerator, n.denominator, n.real, n.imag)
print(True.bit_length(), True.bit_count(), True.as_integer_ratio(), type(True.numerator).__name__)
print(int.bit_length(12), int.__index__(5), (5).__index__(), (5).__int__(), (5).__float__())
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (1234).__round__(-2))
for n in (1234, 1250, 1350, -1250, -1251, 15, 25, 35, 5, -5):
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 3), round(n))
print(type(round(5, 2)).__name__, (12).__sizeof__() > 0)
