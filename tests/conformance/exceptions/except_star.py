# except* handling: matching, unhandled remainder re-raised, naked exceptions wrapped.
def handle(eg):
    try:
        raise eg
    except* ValueError as g:
        print("  ValueError handler:", repr(g))
    except* (TypeError, KeyError) as g:
        print("  Type/Key handler:", repr(g))
print("case 1")
handle(ExceptionGroup("g1", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
print("case 2")
try:
    handle(ExceptionGroup("g2", [ValueError(1), OSError(2)]))
except ExceptionGroup as rest:
    print("  escaped:", repr(rest))
print("case 3: naked exception")
try:
    raise ValueError("naked")
except* ValueError as g:
    print("  wrapped:", repr(g), type(g).__name__)
print("case 4: nested groups")
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
except* ValueError as g:
    print("  values:", repr(g))
except* TypeError as g:
    print("  types:", repr(g))
print("case 5: raise in handler")
try:
    try:
        raise ExceptionGroup("src", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("from handler")
except (ExceptionGroup, RuntimeError) as eg:
    print("  ", repr(eg), "context:", repr(eg.__context__))
print("case 6: else and finally")
try:
    pass
except* ValueError:
    print("never")
else:
    print("  else ran")
finally:
    print("  finally ran")
print("case 7: base exception group")
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as g:
    print("  KI:", repr(g))
except* ValueError as g:
    print("  VE:", repr(g))
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("no")
except TypeError as e:
    print("case 8: unmatched naked exception propagates as", repr(e))
handle(ExceptionGroup("final", [ValueError("ok"), ZeroDivisionError("not handled"), NameError("nor this")]))
