# CPython's numeric hashing: equal numbers hash equal across int, float, complex, bool; -1 maps to -2.
import sys
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(-1), hash(-2), hash(-1.0), hash(complex(-1, 0)), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
M = sys.hash_info.modulus
print(M == 2 ** 61 - 1, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.nan)
for n in [0, 1, 7, -7, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64 + 5, 10 ** 30, -(10 ** 30), 2 ** 122, M, M - 1, -M]:
    print(n, hash(n), hash(n) == hash(float(n)) if abs(n) < 2 ** 53 else "-")
for x in [0.5, 0.1, -0.25, 1.5, 1e100, 1e-100, 2.0 ** 70, -3.75, 5e-324, 1.7976931348623157e308]:
    print(repr(x), hash(x))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 1)), hash(complex(0, 1)), hash(complex(2.5, -1)))
print(hash(2.5) == hash(complex(2.5, 0)), hash(0.5) == (M + 1) // 2, hash(1.5) == hash(3 * pow(2, -1, M) % M))
print(hash(2 ** 100) == pow(2, 100, M), hash(-(2 ** 100)) == -pow(2, 100, M), hash(10 ** 20) == 10 ** 20 % M)
