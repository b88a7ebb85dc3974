# bytes and bytearray operations.
b = b"Hello, bytes!"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], list(b[:3]), b.upper(), b.lower())
print(b.split(b", "), b.replace(b"bytes", b"world"), b.find(b"by"), b.count(b"l"), b.startswith(b"He"))
print(b.hex(), bytes.fromhex("48 65 6c"), b.hex(":", 4), bytes(3), bytes([1, 2, 255]), bytes("é", "utf-8"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba, len(ba), ba.pop(), ba, bytes(ba))
del ba[0]
ba.insert(0, 33)
print(ba, ba.decode(), ba.find(b"Z"))
ba.reverse()
print(ba, ba * 2, ba + b"!", b"!" + ba)
print(b"a" < b"b", b"abc" == bytearray(b"abc"), b"x" in b"xyz", 120 in b"xyz", b"" in b"abc")
print(b"%d items cost %s %r" % (3, b"cheap", b"r"), b"%05.1f|%x" % (2.25, 255))
print(b" a b ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"))
print(b"abc".isalpha(), b"123".isdigit(), b"ABC".isupper(), b"\x00\xff".hex(), b"\t".isspace())
m = memoryview(b"abcdef")
print(m[1], m[1:4].tobytes(), bytes(m[::2]), len(m), m.readonly, m.tolist()[:3])
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" + b"abc"
except TypeError as e:
    print("TypeError:", e)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"), b"abc".translate(bytes.maketrans(b"abc", b"ABC")))
print(repr(b"\x00\x7f\x80 'q' \"dq\""), repr(bytearray(b"x'")), str(b"s"), b"abc".title(), b"a\nb".splitlines())
