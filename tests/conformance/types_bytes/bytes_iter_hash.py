# Iterating bytes yields ints; bytes hash equals bytes-equal values; bytes as dict keys; count/sum of content.
b = bytes(range(0, 256, 17))
print(list(b), sum(b), max(b), min(b), sorted(b"hello"), list(reversed(b"abc")), [c for c in b"hi"])
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"x" in {b"x", b"y"}, bytes(bytearray(b"q")) == b"q")
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError", e)
print(b"abc".__len__(), b"abc".__getitem__(1), b"abc".__contains__(98), bytes.__name__, bytearray.__name__)
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes), type(b"a"[0:1]).__name__,
      type(bytearray(b"a")[0:1]).__name__)
class MyBytes(bytes):
    pass
mb = MyBytes(b"sub")
print(mb, type(mb).__name__, type(mb + b"x").__name__, type(mb[:1]).__name__, mb == b"sub", repr(mb))
