# slice objects: attributes, indices(), equality, hashing (3.12), use in custom __getitem__.
s = slice(1, 10, 2)
print(s, repr(slice(3)), s.start, s.stop, s.step, slice(None).start, slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
for sl, n in [(slice(None), 5), (slice(-3, None), 5), (slice(None, None, -1), 5), (slice(-100, 100, 3), 10),
              (slice(8, 2, -2), 10), (slice(2, 8, -1), 10), (slice(None, None, 2), 0), (slice(10 ** 20, None), 5)]:
    print(sl, n, sl.indices(n), len(range(*sl.indices(n))))
for bad in [lambda: slice(None, None, 0).indices(5), lambda: slice(1, 2).indices(-1), lambda: slice("a").indices(3),
            lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: [1, 2]["a":], lambda: (1,)[1.5:]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "ok"}[slice(1, 2)])
try:
    hash(slice([], 1))
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[..., 1:], q[:, None], q["a":"b":"c"], q[()])
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis)
print("hello"[slice(1, 4)], [0, 1, 2, 3][slice(None, None, -2)], (1, 2, 3)[slice(5)])
