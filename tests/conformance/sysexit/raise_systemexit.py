# raise SystemExit directly with various arguments; caught and printed, then the last one exits.
cases = [SystemExit(), SystemExit(0), SystemExit(2), SystemExit("text"), SystemExit(None), SystemExit(1, 2), SystemExit([1])]
for e in cases:
    try:
        raise e
    except SystemExit as caught:
        print(repr(caught), "code =", repr(caught.code), "args =", caught.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    raise SystemExit(3)
except Exception:
    print("not caught by except Exception")
except BaseException:
    print("caught by except BaseException")
raise SystemExit(["list", "code"])
