def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise KeyError("one")
        if x == 2:
            return "returned"
        r = 10 // (x - 3)
    except ValueError as e:
        print("value", e)
        return "v"
    except (KeyError, TypeError) as e:
        print("key", repr(e))
    except ZeroDivisionError:
        print("zde")
    else:
        print("else", r)
    finally:
        print("finally", x)
    return "end"
for i in range(5):
    print(f(i))
def g():
    try:
        try:
            raise RuntimeError("inner")
        finally:
            print("inner finally")
    except RuntimeError as e:
        print("caught", e)
    try:
        pass
    except:
        print("never")
    try:
        1 / 0
    except:
        print("bare except")
g()
def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())
def ret_in_finally():
    try:
        return 1
    finally:
        print("cleanup")
print(ret_in_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        print(type(e.__cause__).__name__, e.__context__ is e.__cause__)
    try:
        raise TypeError
    except TypeError:
        print("class raise ok")
chained()
def reraise():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise
    except KeyError as e:
        print("reraised", e)
reraise()
def name_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError:
        print("err unbound")
name_deleted()
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
try:
    raise MyErr(7)
except MyErr as m:
    print("my", m.code)
def nested_return():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner", i)
        finally:
            print("outer", i)
print(nested_return())
def exc_in_except():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError as e:
        print(repr(e), repr(e.__context__))
exc_in_except()
import sys
def info():
    try:
        raise KeyError(3)
    except KeyError:
        return sys.exc_info()[0].__name__
print(info(), sys.exc_info())
def while_try():
    n = 0
    while n < 3:
        n += 1
        try:
            if n == 2:
                break
        except Exception:
            pass
        finally:
            print("wf", n)
    return n
print(while_try())
try:
    assert 1 == 2, "msg here"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
assert True
