# except clause matching: tuples, base classes, order, non-exception classes as errors.
def classify(exc):
    try:
        raise exc
    except (ZeroDivisionError, OverflowError) as e:
        return f"arith-specific {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic {type(e).__name__}"
    except LookupError as e:
        return f"lookup {type(e).__name__}"
    except (OSError, ValueError) as e:
        return f"os-or-value {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
for exc in [ZeroDivisionError, FloatingPointError(), OverflowError, IndexError("i"), KeyError, FileNotFoundError(),
            UnicodeDecodeError("utf-8", b"", 0, 0, "r"), RuntimeError, NotImplementedError, RecursionError()]:
    print(classify(exc))
exc_types = (KeyError, IndexError)
try:
    [1][5]
except exc_types as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("matched before the bad element")
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised gives instance:", repr(e), e.args)
def get_handler():
    print("handler expression evaluated")
    return KeyError
try:
    raise KeyError("x")
except get_handler() as e:
    print("caught via computed class")
try:
    raise SystemExit(0)
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught SystemExit", e.code)
