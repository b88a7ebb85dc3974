# complex construction, repr, arithmetic and attributes.
vals = [1j, 2 + 3j, -1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 0), complex(3), complex("1+2j"),
        complex(" (4-5j) "), complex("-j"), complex("1e3j"), complex(1.5, 2), complex(2j, 3j), 0j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z), -z, +z)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, b ** -1, a == 3 + 4j, a != b, abs(a))
print(a + 1, 1 + a, a * 2.5, 2 / a, a - True, a ** 0, 0j ** 0, 1j ** 2, (1 + 1j) ** 10)
print(complex(1, 2) == complex(1.0, 2.0), 1 + 0j == 1, hash(1 + 0j) == hash(1), hash(2j) == hash(complex(0, 2)))
print(complex(float("inf"), 1), complex(float("nan"), float("-inf")), complex(1e300, 1e300) * 10)
print(format(1 + 2j, ""), format(1.23456 + 2j, ".2f"), format(-1 - 1j, ">20"), format(3j, "+.1e"),
      format(1 + 1j, "^16g"), "{:.3}".format(1 / 3 + 1j))
