# ExceptionGroup / BaseExceptionGroup: construction, split, subgroup, derive, nesting.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), ExceptionGroup("inner", [KeyError(4), ValueError(5)])])
print(repr(eg))
print(eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), eg.split(OSError)[0], repr(eg.split(OSError)[1]) == repr(eg))
print(eg.split(Exception)[1])
print(type(ExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
bg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, repr(bg.split(KeyboardInterrupt)))
for bad in (lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m", ValueError()),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("  derive called with", len(excs))
        return MyGroup(self.message + "*", excs)
mg = MyGroup("mine", [ValueError("a"), KeyError("b")])
mg.add_note("a note")
mg.__cause__ = RuntimeError("cause")
m, r = mg.split(KeyError)
print(repr(m), repr(r), m.__notes__, repr(m.__cause__))
leaf = ValueError(9)
g = ExceptionGroup("same", [leaf])
print(g.split(ValueError)[0] is g, g.subgroup(lambda e: True) is g)
print(g.derive([TypeError(1)]), repr(g.derive([TypeError(1)])))
