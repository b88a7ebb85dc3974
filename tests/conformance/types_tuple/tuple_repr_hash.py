# repr of nested tuples, tuples containing recursive lists, and hash values of small tuples (CPython's tuple hash).
print(repr(()), repr((1,)), repr((1, 2)), repr(((1,),)), repr(("a", b"b", None, ...)), str((1.0, -0.0, 1j)))
lst = []
t = (lst, lst)
lst.append(t)
print(t, lst)
for v in [(), (0,), (1,), (-1,), (1, 2), (2, 1), (None,) * 0, ((),), (1, (2, (3,))), (True, 1.0), (2 ** 64,), ("",)[:0]]:
    print(repr(v), hash(v))
print(hash((1, 2)) == hash((1.0, 2.0 + 0j)), hash((1, 2)) != hash((2, 1)), len({(1, 2), (1.0, 2.0)}))
