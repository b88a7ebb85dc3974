# Exception table: nested handlers, values on the stack under a try, finally paths, with, generators.
import sys

def nested(n):
    log = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                elif i % 3 == 1:
                    continue
                log.append(("body", i))
            except ValueError as e:
                log.append(("inner", e.args[0]))
                if i == 3:
                    raise KeyError(i) from e
            finally:
                log.append(("finally", i))
        except KeyError as k:
            log.append(("outer", k.args[0]))
            break
    return log

print(nested(6))

def return_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")

print(return_in_finally())

def finally_overrides():
    for _ in range(2):
        try:
            raise RuntimeError("lost")
        finally:
            break
    return "swallowed"

print(finally_overrides())

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

def with_stack():
    with CM("a") as a, CM("b", swallow=True) as b:
        raise OSError("inside")
    with CM("c"):
        return "returned from with"

print(with_stack())

def values_on_stack():
    # a try inside an expression context: the list being built stays on the stack
    return [1, 2, (lambda: 3)(), *(x for x in (4, 5))]

print(values_on_stack())

def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")

g = gen()
print(next(g))
g.close()

def gen2():
    yield "no try"

g2 = gen2()
print(next(g2))
g2.close()

def thrower():
    try:
        yield "first"
    except ZeroDivisionError:
        yield "caught"
    yield "after"

t = thrower()
print(next(t), t.throw(ZeroDivisionError), next(t))

def star(n):
    try:
        raise ExceptionGroup("eg", [ValueError(n), TypeError(n)])
    except* ValueError as ve:
        print("value errors", len(ve.exceptions))
    except* TypeError as te:
        print("type errors", len(te.exceptions))

star(1)

def reraise_bare():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ZeroDivisionError as e:
        return "reraised " + type(e).__name__

print(reraise_bare())

async def agen():
    for i in range(3):
        try:
            yield i
        finally:
            pass

async def main():
    out = []
    async for v in agen():
        out.append(v)
    return out

coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print("async result", stop.value)

def uncaught():
    d = {}
    return d["missing"]

try:
    uncaught()
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("KeyError at line", tb.tb_lineno, "of", tb.tb_frame.f_code.co_name)

print(sys.exc_info())
