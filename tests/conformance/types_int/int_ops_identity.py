# Algebraic identities checked over many ints (an LCG drives the values): floor-div/mod, shifts, pow, gcd-like loops.
state = 12345
def rnd(bits):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 11) % (2 ** bits) - 2 ** (bits - 1)
failures = 0
total = 0
for bits in (8, 31, 32, 63, 64, 65, 127, 200):
    for _ in range(200):
        a, b = rnd(bits), rnd(bits) or 1
        q, r = divmod(a, b)
        failures += not (q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b))
        failures += not ((a << 5) >> 5 == a and (a >> 3) == a // 8 and -a == ~a + 1 and a ^ a == 0)
        failures += not ((a & b) + (a | b) == a + b and (a ^ b) == (a | b) - (a & b))
        x, y = abs(a), abs(b)
        while y:
            x, y = y, x % y
        failures += not (a % x == 0 if x else True)
        total += (a * b) % 1000003
print(failures, total, state)
print(pow(rnd(64) | 1, 2 ** 64 + 1, 2 ** 61 - 1), (rnd(200) ** 3) % (10 ** 9 + 7))
