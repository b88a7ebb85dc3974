# Truth values of builtin objects and user objects.
things = [0, 1, -1, 0.0, 0.5, 0j, "", "0", " ", [], [0], (), ((),), {}, {0: 0}, set(), {0},
          None, range(0), range(1), b"", b"\x00", bytearray(), frozenset()]
for t in things:
    print(repr(t).ljust(16), bool(t), "yes" if t else "no")

class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
    def __len__(self):
        print("  __len__ never called when __bool__ exists")
        return 1

print(bool(Empty()), bool(Sized(0)), bool(Sized(3)))
print(bool(Flag(False)), bool(Flag(True)))
if Flag(True) and Sized(2):
    print("both true")
x = Sized(0) or "fallback"
print(x)
print(not Sized(0), not Flag(False))
while Sized(0):
    print("never")
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]))
print([v for v in things if v][:6])
