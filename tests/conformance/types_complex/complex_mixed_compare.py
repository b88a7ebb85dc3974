# complex equality with ints/floats/bools, and complex as dict keys and in sets.
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, complex(True) == True, 0j == False, complex(2 ** 53 + 1, 0) == 2 ** 53 + 1)
print({1: "a"}[1 + 0j], {0j: "z"}[False], len({1, 1.0, 1 + 0j, True}), 1j in [1j], complex(1, 0) in {1})
print(sorted([3 + 0j, 1 + 0j], key=abs), sorted([2j, -1j, 1 + 1j], key=lambda z: (z.real, z.imag)))
for a, b in [(1j, 1j), (1 + 1j, 1 + 1j + 0), (1j, None), (1j, "1j")]:
    print(a == b, a != b)
for op in (lambda: 1j < 1j, lambda: 1j <= 1, lambda: 2 > 1j, lambda: 1j >= None):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
