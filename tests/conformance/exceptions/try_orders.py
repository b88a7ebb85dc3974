# try/except/else/finally in every combination, tracing the path taken.
def run(label, action):
    trace = []
    try:
        trace.append("try")
        action()
        trace.append("after action")
    except ValueError as e:
        trace.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        trace.append(f"except {type(e).__name__}")
    except Exception:
        trace.append("except Exception")
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    print(label.ljust(8), " -> ".join(trace))
def raise_(exc):
    def f():
        raise exc
    return f
run("ok", lambda: None)
run("value", raise_(ValueError("v")))
run("key", raise_(KeyError("k")))
run("index", lambda: [][0])
run("other", lambda: 1 / 0)
def only_finally():
    try:
        return "try value"
    finally:
        print("finally runs before return completes")
print(only_finally())
def try_else_finally(n):
    try:
        r = 10 / n
    except ZeroDivisionError:
        print("division by zero")
        return "err"
    else:
        print("no error, r =", r)
        return "else"
    finally:
        print("cleanup for", n)
print(try_else_finally(2), try_else_finally(0))
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    pass
except:
    print("never")
else:
    print("bare except not triggered")
try:
    {}["x"]
except:
    print("bare except catches KeyError")
