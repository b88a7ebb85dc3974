# Operator precedence and associativity.
a_value = 1
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4))
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, (5 ^ 3) & 1)
print(~5, ~-1, -~5, not 0, not 1 == 2, (not 1) == 2)
print(1 < 2 < 3, 3 > 2 > 1 > 5, 1 < 3 > 2, 1 == 1.0 == True, a_value is not None)
print(True or 1 / 0, False and 1 / 0, 0 or "" or [] or "last", 1 and 2 and 3, 0 and 1)
print("a" if 1 > 2 else "b" if 2 > 3 else "c")
x = 5
print(x > 3 and x < 10 or x == 100, not x > 3 or x == 5)
print(-3 // 2, -(3 // 2), -3 % 2, 2 ** -2, 3 * -2 ** 2)
print([1, 2] + [3] * 2, "ab" < "b", (1, 2) < (1, 2, 0), [3] > [2, 99])
print(7 // 2 * 2 + 7 % 2, 1_0 * 1_0, 0b11 | 0o4 | 0x8)
print(1 if True else 2 + 10, (1 if False else 2) + 10)
print(lambda: 0 if False else 1, (lambda: 0 if False else 1)()) if False else print("lambda precedence ok")
print(2 * 3 ** 2, 2 ** -1 * 4, -2 ** -1)
print(1 in [1, 2] == True, (1 in [1, 2]) == True, 1 not in (2, 3))
a = b = c = 7
print(a, b, c, a is b)
print(isinstance(3 > 2, bool), (3 > 2) + 1)
