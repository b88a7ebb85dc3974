try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values", g.exceptions)
except* TypeError as g:
    print("types", g.exceptions)
def eg2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
try:
    eg2()
except ExceptionGroup as e:
    print("remaining", repr(e.exceptions))

def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
        except* TypeError as g:
            print("got", repr(g))
            raise KeyError("new")
    except BaseException as e:
        print(type(e).__name__, [type(x).__name__ for x in e.exceptions])
nested()
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped", type(g).__name__, g.exceptions)
except Exception as e:
    print("unexpected", e)
