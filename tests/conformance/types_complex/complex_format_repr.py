# repr/str of complex with signed zeros, inf/nan parts, large and small magnitudes; format specs.
vals = [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1, 0), complex(-1, -0.0),
        complex(1e20, 1e-20), complex(1.5, float("inf")), complex(float("-inf"), float("nan")), complex(123456789.0, 1),
        complex(0.1, 0.2), complex(1e16, 1e16), 1j * 1j, -1j, -(1j)]
for z in vals:
    print(repr(z), str(z), format(z, ""), format(z, ".1f"), format(z, "g"), format(z, ">25.3e"))
for bad in ["d", "x", "=10", "010", "c"]:
    try:
        print(format(1 + 1j, bad))
    except ValueError as e:
        print("ValueError", e)
print("%s %r" % (1j, 2 + 3j), "{0.real} {0.imag}".format(3 - 4j), f"{(1+2j)*1j}")
try:
    "%f" % 1j
except TypeError as e:
    print("TypeError", e)
