# Wrong argument types and counts for str methods, with CPython's messages.
calls = [lambda: "a".upper(1), lambda: "a".center(), lambda: "a".center("5"), lambda: "a".count(1),
         lambda: "a".endswith(1), lambda: "a".expandtabs("4"), lambda: "a".find(), lambda: "a".format_map(1),
         lambda: "a".index(None), lambda: "a".join(5), lambda: "a".join([1]), lambda: "a".ljust(1, 2),
         lambda: "a".lstrip(1), lambda: "a".partition(None), lambda: "a".replace("a"), lambda: "a".replace("a", 1),
         lambda: "a".rsplit(1), lambda: "a".split(maxsplit=None), lambda: "a".splitlines("x"), lambda: "a".startswith(),
         lambda: "a".zfill(None), lambda: "a".encode(1), lambda: "a".removeprefix(1), lambda: "a".translate(),
         lambda: str.upper(1), lambda: str.join("", "a", "b"), lambda: "a".isalpha(1), lambda: "a".title(x=1),
         lambda: "{}".format(**{1: 2}), lambda: "a".split(sep=1)]
for i, c in enumerate(calls):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
