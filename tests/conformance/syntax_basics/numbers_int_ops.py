# Integer arithmetic across the small/big boundary.
big = 2 ** 100
print(big, -big, big // 3, big % 7, big * big, big - big, big >> 90, big << 3)
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63), (2 ** 63) * 2, (2 ** 64) // (2 ** 32))
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 3)
print(abs(-big), pow(3, 200), pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3))
print(divmod(-big, 12345), divmod(big, -12345))
print((12345678901234567890 * 98765432109876543210) % 1000000007)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), str(f)[:10])
print(hex(big), oct(255), bin(-5), int("ff" * 10, 16))
print(big.bit_length(), (-1).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8)
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(7 & -3, -7 | 3, -7 ^ 3, ~big, -big >> 1, -1 >> 100, 1 << 100 >> 99)
print(round(12345, -2), round(-12355, -1), round(5, 3), int(3.99), int(-3.99), int(1e20))
print(sum(range(1000)), sum(i * i for i in range(100)), max(3, 9, 2), min([4, -2, 8]))
import sys
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1)
print(10 ** 30 // 7, -(10 ** 30) // 7, 10 ** 30 % -7, (10 ** 30) ** 0)
print(True << 5, 2 ** 0.5 == 2 ** (1/2), (-2) ** 2, 4 ** 0.5)
