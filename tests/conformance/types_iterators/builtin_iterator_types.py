# Type names, __length_hint__ and pickling-free __reduce__ shapes of the builtin iterators; iter(it) is it.
objs = [iter([1, 2]), iter((1,)), iter("ab"), iter("é"), iter(b"x"), iter(bytearray(b"y")), iter({1: 2}), iter({1: 2}.values()),
        iter({1: 2}.items()), iter({1}), iter(frozenset({1})), iter(range(3)), reversed([1]), reversed((1, 2)), reversed(range(2)),
        reversed("ab"), reversed({1: 2}), map(abs, [1]), filter(None, [1]), zip([1]), enumerate([1]), (x for x in [1]),
        iter(lambda: 1, 1), iter(memoryview(b"m"))]
for it in objs:
    hint = it.__length_hint__() if hasattr(it, "__length_hint__") else "-"
    print(type(it).__name__, iter(it) is it, hint, next(it, "empty"))
