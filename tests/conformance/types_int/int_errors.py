# TypeErrors from int operators with unsupported operands, with CPython's messages.
ops = [lambda: 1 + "a", lambda: "a" + 1, lambda: 1 - None, lambda: 2 * None, lambda: 1 / "x",
       lambda: 1 // [], lambda: 1 % {}, lambda: 2 ** "x", lambda: 1 << 1.5, lambda: 1 & 1.5,
       lambda: -"a", lambda: ~2.0, lambda: divmod(1, "2"), lambda: abs("x"), lambda: 1 < "a",
       lambda: [] >= 1, lambda: int.__add__(1, "a"), lambda: (3).__add__(1.5), lambda: 2 ** -1 ** "x",
       lambda: (1).foo, lambda: int.real.__set__(1, 2)]
for op in ops:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(3 * "ab", [0] * 3, (1,) * 2, "ab" * -1, 2 * [1, 2])
try:
    (1).real = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    "x" * (2 ** 100)
except OverflowError as e:
    print("OverflowError", e)
