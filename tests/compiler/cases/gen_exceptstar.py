def t(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("values", [str(x) for x in e.exceptions])
    except* TypeError as e:
        print("types", len(e.exceptions))
    except* KeyError:
        print("keys")
try:
    t([ValueError("a"), TypeError("b"), ValueError("c")])
    t([KeyError(1)])
    t([OSError("x"), ValueError("v")])
except ExceptionGroup as g:
    print("uncaught", [type(x).__name__ for x in g.exceptions])
def t2():
    try:
        raise ValueError("plain")
    except* ValueError as e:
        print("wrapped plain", type(e).__name__, e.exceptions)
    else:
        print("no")
    finally:
        print("fin")
t2()
def t3():
    try:
        pass
    except* Exception:
        pass
    else:
        print("else ok")
t3()
def t4():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
try:
    t4()
except ExceptionGroup as e:
    print("t4", type(e).__name__, [type(x).__name__ for x in e.exceptions])
except TypeError as e:
    print("t4 type", e)
