# ExceptionGroup/BaseExceptionGroup: message, exceptions, subgroup, split, derive, str and construction errors.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), ExceptionGroup("inner", [KeyError(4)])])
print(type(eg).__name__, eg.message, eg.exceptions, str(eg), repr(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(OSError))
print(repr(eg.split((KeyError, TypeError))))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("auto", [ValueError(), TypeError()])
print(type(auto).__name__, isinstance(auto, Exception))
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("m", ValueError()), lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
            lambda: ExceptionGroup("m")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
d = eg.derive([ValueError("new")])
print(repr(d), d.__cause__, d.__context__)
try:
    raise ExceptionGroup("raised", [ValueError("a"), KeyError("b"), OSError("c")])
except* ValueError as g:
    print("caught ValueError part", repr(g))
except* (KeyError, OSError) as g:
    print("caught rest", repr(g))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled value")
except ExceptionGroup as left:
    print("left over", repr(left))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped", repr(g), type(g).__name__)
