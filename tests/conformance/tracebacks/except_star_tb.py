# An except* handler that raises: the new exception and the unhandled rest are grouped together.
def tasks():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), KeyError("missing")])
try:
    tasks()
except* ValueError as eg:
    print("handling", repr(eg))
    raise RuntimeError("handler failed")
except* TypeError as eg:
    print("types", repr(eg))
