# Walking nested exception groups, counting leaves, and splitting by predicate with tracebacks kept.
def leaves(eg, depth=0):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            print("  " * depth + f"group {e.message!r} ({len(e.exceptions)})")
            yield from leaves(e, depth + 1)
        else:
            print("  " * depth + f"leaf {e!r}")
            yield e
def make():
    errors = []
    for i in range(6):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            if i % 3 == 1:
                raise TypeError(i)
            raise ExceptionGroup(f"sub{i}", [KeyError(i), ValueError(i * 10)])
        except Exception as e:
            errors.append(e)
    return ExceptionGroup("root", errors)
root = make()
found = list(leaves(root))
print(len(found), [type(e).__name__ for e in found])
vals, rest = root.split(ValueError)
print(repr(vals))
print(repr(rest))
print(all(e.__traceback__ is not None for e in leaves(vals)))
big, small = root.split(lambda e: isinstance(e, (ValueError, TypeError)) and e.args[0] >= 3)
print(repr(big), repr(small), sep="\n")
print(root.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "sub2") is not None)
