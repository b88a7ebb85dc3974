# __cause__, __context__, __suppress_context__, __traceback__, with_traceback, add_note/__notes__.
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__, e.__traceback__ is not None)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("implicit")
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("none") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
e.__cause__ = KeyError("set")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError", err)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError", err)
n = Exception("with notes")
n.add_note("first note")
n.add_note("second")
print(n.__notes__)
try:
    n.add_note(5)
except TypeError as err:
    print("TypeError", err)
print(hasattr(Exception(), "__notes__"))
w = ValueError("w").with_traceback(None)
print(w.__traceback__, type(w).__name__)
def depth():
    raise KeyError("deep")
try:
    depth()
except KeyError as err:
    tb = err.__traceback__
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print("traceback entries", count)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
try:
    raise 5
except TypeError as err:
    print("TypeError", err)
try:
    raise int
except TypeError as err:
    print("TypeError", err)
