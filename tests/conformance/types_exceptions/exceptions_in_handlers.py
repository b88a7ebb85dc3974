# Exceptions inside except/finally: context chaining, finally overriding, return in finally swallowing, nested handlers.
def chain():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return t
t = chain()
print(repr(t), repr(t.__context__), t.__context__.__context__)
def finally_overrides():
    try:
        raise KeyError("lost")
    finally:
        raise IndexError("wins")
try:
    finally_overrides()
except IndexError as e:
    print(repr(e), repr(e.__context__))
def return_swallows():
    try:
        raise RuntimeError("swallowed")
    finally:
        return "returned"
print(return_swallows())
def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_swallows())
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print(repr(e), e.__context__)
def handled_then_new():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise LookupError("fresh")
try:
    handled_then_new()
except LookupError as e:
    print(repr(e), e.__context__)
import sys
try:
    raise ValueError("inside")
except ValueError:
    print(repr(sys.exc_info()[1]), repr(sys.exception()))
print(sys.exc_info(), sys.exception())
e_outer = None
try:
    raise KeyError("k")
except KeyError as e_outer:
    pass
try:
    e_outer
except NameError as err:
    print("NameError", err)
