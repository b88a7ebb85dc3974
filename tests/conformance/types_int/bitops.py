# Bit operations on ints of either sign: & | ^ ~ << >> and their edge cases.
vals = [0, 1, -1, 5, -5, 0xFF, -0x100, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 12345678901234567890]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
for a in vals:
    print(a, ~a, a << 1, a << 65, a >> 1, a >> 3, a >> 70)
print(-1 >> 1000, 1 >> 1000, 0 << 1000)
for bad in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 2.0, lambda: 1 & 1.0, lambda: ~1.5):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
