# str/repr/format of ints in bases 2..36 round-trips through int(s, base); a base-36 converter written here.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in [0, 1, -1, 35, 36, 255, -256, 10 ** 20, -(2 ** 65), 123456789]:
    row = []
    for b in (2, 3, 7, 8, 16, 36):
        s = to_base(n, b)
        assert int(s, b) == n
        row.append(s)
    print(n, row, format(n, "b") == to_base(n, 2), format(n, "o") == to_base(n, 8), format(n, "x") == to_base(n, 16))
print(int("zz", 36), int("-ZZ", 36), int("10", 36), int("0o17", 8), int("0x_f", 16), int("0b_1", 2), int("  -1_0  "))
