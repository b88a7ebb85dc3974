# Very large integers: arithmetic is exact; decimal str() of more than 4300 digits raises ValueError.
# timeout: 60
big = 10 ** 100000
print(big.bit_length(), big % 9, big % 1000003, (big - 1) % 10, big // 10 ** 99995)
print(len(hex(big)), hex(big)[:20], hex(big)[-10:])
print((big + 1) * (big - 1) == big * big - 1, (big * big).bit_length())
f = 1
for i in range(2, 2001):
    f *= i
print(f.bit_length(), f % (10 ** 9 + 7), len(bin(f)))
small_enough = 10 ** 4299
print(len(str(small_enough)), str(small_enough)[:5])
try:
    s = str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    print(10 ** 4300)
except ValueError as e:
    print("ValueError (print):", e)
try:
    f"{10 ** 4300}"
except ValueError as e:
    print("ValueError (f-string):", e)
try:
    repr(2 ** 20000)
except ValueError as e:
    print("ValueError (repr):", e)
print(int("f" * 5000, 16).bit_length(), int("1" * 4300) % 97)
try:
    float(big)
except OverflowError as e:
    print("OverflowError:", e)
try:
    big / 3
except OverflowError as e:
    print("OverflowError:", e)
print(big // big, big % big, -big // big, pow(3, big, 10 ** 9 + 7), pow(2, 10 ** 20, 97))
print(2 ** 1000 * 1.0 if False else float(2 ** 1000) == 2.0 ** 1000, (2 ** 1024 - 1).bit_length())
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
