import sys
def a():
    raise ValueError("bad")
def b():
    try:
        a()
    except ValueError as e:
        raise KeyError("k") from e
try:
    b()
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

def gen_tb():
    try:
        int("x")
    except ValueError as e:
        tb = e.__traceback__
        n = 0
        while tb:
            n += 1
            tb = tb.tb_next
        print("tb entries", n, e.__traceback__.tb_lineno)
gen_tb()

def reraise():
    try:
        raise TypeError("t")
    except TypeError:
        raise
try:
    reraise()
except TypeError as e:
    print("reraised", e, e.__traceback__.tb_next.tb_lineno)

try:
    raise
except RuntimeError as e:
    print(e)

class MyErr(Exception):
    def __init__(self, x):
        super().__init__(x)
        self.x = x
try:
    raise MyErr(5)
except Exception as e:
    print(type(e).__name__, e.x, e.args)

def f():
    try:
        return 1
    finally:
        print("finally runs")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "done"
print(g())

try:
    try:
        raise ValueError(1)
    finally:
        print("inner finally")
except ValueError as e:
    print("outer", e)

try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple match", type(e))
try:
    try:
        raise ValueError
    except 3:
        pass
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
print(sys.exc_info()[0])
try:
    raise ValueError("a")
except ValueError:
    print(sys.exc_info()[0].__name__)
    try:
        raise TypeError("b")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
try:
    x = undefined_name
except NameError as e:
    print(e)
def ul():
    print(v)
    v = 1
try:
    ul()
except UnboundLocalError as e:
    print(e)
def fr():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(e)
    w = 1
fr()
