# sys.exc_info()-free checks of exception state: handler variable cleared, nested handlers restore.
def inner():
    try:
        raise KeyError("inner")
    except KeyError as e:
        return e
e = inner()
print(repr(e), e.__traceback__ is not None)
try:
    raise ValueError("outer")
except ValueError as outer:
    try:
        raise TypeError("nested")
    except TypeError as nested:
        print("nested", repr(nested), "context", repr(nested.__context__))
    try:
        raise
    except ValueError as again:
        print("bare raise in outer handler re-raises", repr(again))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def raise_from_function():
    raise
try:
    try:
        raise IndexError("active")
    except IndexError:
        raise_from_function()
except IndexError as e:
    print("re-raised from called function", repr(e))
x = "kept"
try:
    raise ValueError
except ValueError as x:
    pass
try:
    print(x)
except NameError as ne:
    print("NameError:", ne)
def gen():
    try:
        yield 1
        raise KeyError("in gen")
    except KeyError as e:
        yield repr(e)
print(list(gen()))
