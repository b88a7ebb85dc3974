# Printing an integer with more than 4300 digits: uncaught ValueError from the str() conversion inside print.
n = 1
for i in range(1, 2000):
    n *= i
print("bits in 1999!:", n.bit_length())
print("last digits via modulo:", n % 10 ** 12)
print(n)
