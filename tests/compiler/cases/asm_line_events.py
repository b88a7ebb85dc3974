# Line events seen by sys.settrace depend on the location table and block layout: compare them with CPython.
import sys

def record(func, *args):
    events = []
    first = func.__code__.co_firstlineno
    def tracer(frame, event, arg):
        if frame.f_code is func.__code__:
            events.append((event, frame.f_lineno - first))
        return tracer
    sys.settrace(tracer)
    try:
        func(*args)
    except Exception as e:
        events.append(("raised", type(e).__name__))
    finally:
        sys.settrace(None)
    print(func.__name__, events)

def nested_ifs(a, b):
    if a:
        if b:
            x = 1
        else:
            x = 2
    else:
        x = 3
    return x

def loop_break(n):
    for i in range(n):
        if i == 2:
            break
    else:
        i = -1
    return i

def while_else(n):
    while n:
        n -= 1
    else:
        n = "done"
    return n

def try_except(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        r = None
    finally:
        r = (r, "f")
    return r

def with_block():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return True
    with CM() as c:
        raise ValueError
    return c is not None

def comprehension(xs):
    ys = [x * 2
          for x in xs
          if x]
    return ys

def matching(v):
    match v:
        case [a, b]:
            return a + b
        case {"k": k}:
            return k
        case _:
            return None

def star(v):
    try:
        raise ExceptionGroup("g", [ValueError(v)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    return v

def implicit_return(flag):
    if flag:
        pass

def uncaught():
    x = 1
    y = x + undefined_name
    return y

def chained(a):
    return (a
            .strip()
            .upper())

def gen(n):
    for i in range(n):
        yield i

def consume():
    return list(gen(2))

record(nested_ifs, 1, 0)
record(nested_ifs, 0, 1)
record(loop_break, 5)
record(loop_break, 1)
record(while_else, 2)
record(try_except, 0)
record(try_except, 2)
record(with_block)
record(comprehension, [0, 1])
record(matching, [1, 2])
record(matching, {"k": 3})
record(matching, 7)
record(star, 1)
record(implicit_return, True)
record(implicit_return, False)
record(uncaught)
record(chained, " a ")
record(consume)
