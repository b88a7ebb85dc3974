# Generator objects: send, throw, close, yield from delegation, return values, gi_ attributes.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally runs")
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
print(g.gi_frame, g.gi_running, g.__name__, g.__qualname__)
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
print(c.throw(ValueError("v1")), c.throw(ValueError, "v2") if False else "skip")
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def inner():
    x = yield 1
    y = yield x
    return x, y
def outer():
    result = yield from inner()
    yield ("inner returned", result)
o = outer()
print(next(o), o.send("X"), o.send("Y"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignores_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print("RuntimeError", e)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def running():
    yield rg.gi_running
rg = running()
print(next(rg))
def self_next():
    yield next(sg)
sg = self_next()
try:
    next(sg)
except ValueError as e:
    print("ValueError", e)
