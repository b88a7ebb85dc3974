# bytearray-only behaviour: in-place ops return new objects for non-mutators, slice deletes, resizing, comparison.
ba = bytearray(b"abc")
up = ba.upper()
print(up, ba, up is not ba, type(ba.strip()).__name__, type(ba[1:]).__name__, ba.replace(b"a", b"") is not ba)
ba += b"def"
ba[len(ba):] = b"g"
ba[0:0] = b"_"
print(ba, len(ba), ba.pop(), ba.pop(1), ba, ba.index(b"d"), ba.rfind(ord("e")))
print(bytearray(b"abc") == b"abc", bytearray(b"a") < b"b", bytearray(b"ab") + bytearray(b"c"), bytearray(b"ab") * 2)
b2 = bytearray(10)
del b2[2:8]
b2[0] = 255
print(b2, b2.hex(), bytearray.fromhex("ff 00").hex(" "), bytearray(b"x").join([b"a", b"b"]), b"".join([bytearray(b"q")]))
ba.reverse()
ba.extend(range(65, 68))
ba.extend(iter([33]))
print(ba, ba.count(33), ba.isalpha(), bytearray(b"AbC").lower(), bytearray(b"a b").split())
for bad in [lambda: ba.extend(["a"]), lambda: ba.extend([999]), lambda: ba.remove(b"a"), lambda: ba.insert("0", 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(ba)
