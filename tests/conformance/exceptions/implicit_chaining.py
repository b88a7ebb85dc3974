# Implicit exception chaining through __context__, including during handling and in finally.
def risky():
    try:
        raise KeyError("original")
    except KeyError:
        raise ValueError("while handling")
try:
    risky()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError("disk")
    finally:
        x = undefined_variable
except NameError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError as first:
        try:
            raise TypeError("b")
        except TypeError as second:
            raise IndexError("c")
except IndexError as e:
    chain = []
    while e:
        chain.append(f"{type(e).__name__}({e.args[0]})")
        e = e.__context__
    print(" <- ".join(chain))
def reraise():
    try:
        raise ValueError("again")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("bare raise keeps identity:", repr(e), e.__context__)
try:
    raise KeyError("k")
except KeyError as e:
    saved = e
try:
    saved
    print("saved outside except:", repr(saved))
except NameError:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
err = RuntimeError("self context")
try:
    try:
        raise err
    except RuntimeError:
        raise err
except RuntimeError as again:
    print(again is err, again.__context__)
def handler_raises_same_class():
    try:
        raise ValueError(1)
    except ValueError as a:
        raise ValueError(2)
try:
    handler_raises_same_class()
except ValueError as v:
    print(v.args, v.__context__.args)
risky()
