# bytes/bytearray constructors, repr, indexing gives ints, slicing gives bytes, hex/fromhex.
print(bytes(), bytes(3), bytes([65, 66, 255]), bytes(b"x"), bytes(bytearray(b"ab")), bytes("é", "utf-8"),
      bytes(range(5)), bytes(memoryview(b"mv")), bytes((x for x in [1, 2])), bytes.fromhex("de ad BE ef"))
print(bytearray(), bytearray(2), bytearray(b"abc"), bytearray("ü", "latin-1"), bytearray([1, 2]), bytearray.fromhex("0a0b"))
b = b"\x00\x01\t\n\r\x1f '\"\\\x7f\x80\xff abcXYZ"
print(b, repr(b), b[0], b[-1], b[2:5], b[::-5], len(b), list(b[:4]), b.hex(), b.hex(":"), b.hex("-", 4), b"abc".hex(" ", -1))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"q'")), str(b"x"), bytes.fromhex("") == b"")
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(-1), lambda: bytes(1.5),
            lambda: bytes("a", "nope"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("zz"), lambda: bytes(["a"]),
            lambda: bytearray(b"a", "utf-8"), lambda: b"abc"[3], lambda: bytes(5, "ascii")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class HasBytes:
    def __bytes__(self):
        return b"custom"
class HasIndex:
    def __index__(self):
        return 2
print(bytes(HasBytes()), bytes(HasIndex()), bytearray(HasIndex()))
print(b"a" b"b", b"ab" * 3, 2 * b"c", b"ab" + b"cd", b"ab" + bytearray(b"c"), bytearray(b"a") + b"b", b"a" in b"cat", 97 in b"cat")
for bad in [lambda: b"a" + "b", lambda: "b" + b"a", lambda: 256 in b"a", lambda: "a" in b"a", lambda: b"a" < "a"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"abc" < b"abd", b"" < b"a", b"b" > b"abc", b"x" == bytearray(b"x"), b"x" == "x")
