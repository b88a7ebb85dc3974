# __index__ used for indexing and slicing; non-integer indices and their messages across sequence types.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
seqs = [[10, 20, 30], (10, 20, 30), "abc", b"abc", bytearray(b"abc"), range(10, 40, 10), memoryview(b"abc")]
for s in seqs:
    print(type(s).__name__, s[Idx(1)], s[Idx(-1)], list(s[Idx(0):Idx(2)]) if not isinstance(s, str) else s[Idx(0):Idx(2)])
for s in seqs:
    for key in ("1", 1.0, None, [1]):
        try:
            s[key]
        except TypeError as e:
            print(type(s).__name__, "TypeError", e)
class BadIdx:
    def __index__(self):
        return "no"
try:
    [1][BadIdx()]
except TypeError as e:
    print("TypeError", e)
print([1, 2, 3][True], "ab"[False:True], [0] * Idx(3), "x" * Idx(2), range(Idx(3)), hex(Idx(255)))
try:
    [1][2 ** 100]
except IndexError as e:
    print("IndexError", e)
try:
    [1][2 ** 100:] = [2]
    print("ok")
except Exception as e:
    print(type(e).__name__, e)
