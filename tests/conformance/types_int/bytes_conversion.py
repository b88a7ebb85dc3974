# int.to_bytes / int.from_bytes with both byte orders, signed values and overflow errors.
for n in (0, 1, 255, 256, 65535, -1, -128, -129, 2 ** 64 - 1, -(2 ** 63)):
    for order in ("big", "little"):
        try:
            b = n.to_bytes(9, order, signed=n < 0)
            back = int.from_bytes(b, order, signed=n < 0)
            print(n, order, b, back)
        except OverflowError as e:
            print(n, order, "OverflowError", e)
print((1024).to_bytes(2), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"), (5).to_bytes())
print(int.from_bytes(b"\x00\x10"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b""))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
for f in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
          lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(1, "middle"),
          lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"),
          lambda: int.from_bytes(b"a", "sideways")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print((2 ** 100).to_bytes(13, "big").hex(), int.from_bytes(bytes(range(20)), "little"))
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x01\x02", "big")
print(type(v).__name__, v)
