# return/break/continue interacting with finally.
def return_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"
print(return_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows exception"
print(swallow())
def break_in_finally():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("swallowed by break")
        finally:
            if i == 1:
                break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    log = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                if i == 1:
                    break
            finally:
                log.append(f"inner finally {i}")
        finally:
            log.append(f"outer finally {i}")
    return log
print(nested_finally())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())
def loop_return():
    for x in range(5):
        try:
            if x == 3:
                return x
        finally:
            print("finally", x)
print(loop_return())
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            break
        finally:
            print("while finally", i)
    return i
print(while_finally())
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
