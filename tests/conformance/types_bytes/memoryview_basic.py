# memoryview over bytes and bytearray: indexing, slicing, tobytes/tolist/hex, writes through, release.
data = bytearray(b"abcdefgh")
m = memoryview(data)
print(len(m), m[0], m[-1], bytes(m[2:5]), m[::2].tobytes(), m.tolist()[:3], m.hex(), m.readonly, m.format, m.itemsize,
      m.ndim, m.shape, m.strides, m.nbytes, m.contiguous, m.c_contiguous)
m[0] = 65
m[1:3] = b"BC"
print(data, m.obj is data, bytes(m) == bytes(data), m == data, m == b"ABCdefgh")
sub = m[4:]
sub[0] = ord("E")
print(data, bytes(sub), len(sub))
r = memoryview(b"readonly")
print(r.readonly, r[0], bytes(r[4:]), r.tobytes().upper(), list(r[:2]))
for bad in [lambda: r.__setitem__(0, 1), lambda: m.__setitem__(0, 256), lambda: m.__setitem__(slice(0, 2), b"x"),
            lambda: m[100], lambda: memoryview("str"), lambda: memoryview(5), lambda: m.__setitem__(0, b"a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(bytes(cm))
try:
    len(cm)
except ValueError as e:
    print("ValueError", e)
m.release()
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError", e)
try:
    data.append(1)
except BufferError as e:
    print("BufferError", e)
sub.release()
data.append(1)
print("resized", len(data))
m2 = memoryview(data)
try:
    data.append(2)
except BufferError as e:
    print("BufferError", e)
m2.release()
data.append(3)
print(len(data), b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"zz")))
