# bytearray is mutable: item and slice assignment, append/extend/insert/pop/remove/reverse/clear/copy, +=, *=.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba))
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b""
print(ba)
ba[1:1] = b"123"
print(ba)
ba[::2] = b"abc"
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
ba.insert(0, 60)
ba.insert(-1, 61)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, c is not ba)
c += b"++"
c *= 2
print(c, len(c))
del c[::3]
print(c)
del c[0]
print(c)
for bad in [lambda: ba.pop(), lambda: c.remove(200), lambda: c.append(256), lambda: c.append("a"),
            lambda: c.__setitem__(0, 300), lambda: c.__setitem__(slice(0, 2), 5), lambda: c.extend(5),
            lambda: c.__setitem__(slice(0, None, 2), b"x"), lambda: c.insert(0, -1), lambda: hash(c)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
d = bytearray(b"abc")
d[0:1] = [120, 121]
d[5:] = b"!"
print(d, d.upper(), type(d.upper()).__name__, d.find(b"c"), d.replace(b"c", b"C"), d == b"xybc!", d * 2)
e = bytearray(b"aaa")
e[1:2] = e
print(e)
