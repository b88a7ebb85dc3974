# raise ... from: __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e
try:
    parse("x1")
except ConfigError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
    print(e.__cause__ is e.__context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise TypeError("t") from ValueError
except TypeError as err:
    print(repr(err.__cause__), type(err.__cause__).__name__)
try:
    raise TypeError("t") from 5
except TypeError as err:
    print("TypeError:", err)
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as a:
            raise ValueError("level 2") from a
    except ValueError as b:
        raise KeyError("level 3") from b
try:
    chain()
except KeyError as top:
    cur = top
    while cur is not None:
        print(type(cur).__name__, cur.args)
        cur = cur.__cause__
print(parse("42"))
parse("forty-two")
