# Floats that equal fractions p/q hash to p * inverse(q) mod (2**61 - 1), the rule that lets
# fractions.Fraction and decimal.Decimal agree with float; computed here without importing fractions.
import sys
M = sys.hash_info.modulus
def frac_hash(p, q):
    h = abs(p) % M * pow(q, -1, M) % M
    h = -h if p < 0 else h
    return -2 if h == -1 else h
ok = 0
for x in [0.5, 0.75, -0.125, 3.25, 1e-5, 123456.789, -2.0 ** -30, 1 / 3, 2.0 ** 60 + 2 ** 10, 6.02214076e23, -9.109e-31]:
    p, q = x.as_integer_ratio()
    same = hash(x) == frac_hash(p, q)
    ok += same
    print(repr(x), p, q, hash(x), same)
print(ok)
for z in [complex(0.5, 0.25), complex(-1.5, 2.0)]:
    hr, hi = hash(z.real), hash(z.imag)
    h = (hr + sys.hash_info.imag * hi) % 2 ** 64
    if h >= 2 ** 63:
        h -= 2 ** 64
    h = -2 if h == -1 else h
    print(z, hash(z), hash(z) == h)
