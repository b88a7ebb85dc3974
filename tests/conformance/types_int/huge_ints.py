# Very large ints: exact powers, digit counts, and the 4300-digit str conversion limit.
import sys
big = 7 ** 5000
print(big.bit_length(), big % 1000000007, big // 7 ** 4998)
s = str(3 ** 8000)
print(len(s), s[:20], s[-20:])
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), len(str(2 ** 30000)))
print(int("9" * 6000) % 97)
sys.set_int_max_str_digits(5000)
try:
    str(10 ** 6000)
except ValueError as e:
    print("ValueError", e)
print(hex(2 ** 20000)[:10], len(hex(2 ** 20000)))
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.str_digits_check_threshold)
x = (1 << 100000) - 1
print(x.bit_count(), x.bit_length(), (x + 1) >> 99990)
print(10 ** 2000 // (10 ** 1999 + 1), pow(10 ** 300 + 7, 3) % (10 ** 9 + 7))
