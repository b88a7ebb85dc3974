def f(x):
    return (True and x, False and x, True or x, False or x, x and 0 and x, x or "" or 5, 0 or 0.0 or None)
print(f(1), f(0))
if 0:
    print("dead")
elif 1:
    print("live")
while 0:
    print("never")
n = 0
while 1:
    n += 1
    if n > 2:
        break
print(n)
print(1 if 1 else 2, 1 if 0 else 2, "" or "d", b"" and 1)
print(2 ** 10, 2 ** 0.5 > 1.41, 10 / 4, 7 // -2, -7 % 3, 7.0 % -3, -7.5 // 2, 0.0 // -1, -0.0 % 5)
print(1 << 10, -1 >> 3, 255 & 15, 5 ^ 3, 5 | 8, ~5, -(-5), +True, -True, ~False)
print(3 * (1, 2), (0,) * 0, "ab" * -1, b"x" * 3, [1] * 2)
print((1, 2) + (3,), "a" + "b", b"a" + b"b")
print("abc"[-1], "é𝄞x"[1], (1, 2, 3)[0], b"abc"[1], "abc"[5:] if False else "")
print(1 + 2j, (1 + 2j) - 1, -(1 - 2j), 2j * 2, 1.5 + 0j)
print(2 ** 64, 2 ** 200, -(2 ** 63), 2 ** 63 - 1, 12345678901234567890 * 98765432109876543210)
print(1 / 3 * 3, 0.1 * 3, 1e308 * 10, -1e308 * 10)
print(10 ** -2, 2 ** -1, (-8) ** (1 / 3) if False else 0)
print(not 0, not "", not (1,), not None)
x = 5
print(not x in [1, 2], not x is None, x not in {5})
print("a" "b" f"{x}" "c")
print(__debug__, not __debug__)
print(((1, 2), (3, (4, 5))), {"k": (1, 2)}, [(1,)])
print(len((1,) * 200), len("x" * 4097))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    print("a" + 1)
except TypeError as e:
    print("te", e)
print(True + 1.5, True * "ab", 3 & True, True & True, True | False)
