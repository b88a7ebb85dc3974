# Generator send(), throw(), close(), GeneratorExit and return values.
def accumulator():
    total = 0
    count = 0
    try:
        while True:
            value = yield total / count if count else None
            if value is None:
                continue
            total += value
            count += 1
    except GeneratorExit:
        print(f"  closing: total={total} count={count}")
    finally:
        print("  finally in accumulator")
acc = accumulator()
print(acc.send(None))
for v in [10, 20, 30]:
    print("avg", acc.send(v))
print(next(acc))
acc.close()
acc.close()
try:
    acc.send(1)
except StopIteration:
    print("send after close -> StopIteration")
def fresh():
    yield 1
g = fresh()
try:
    g.send("x")
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(c)
except StopIteration:
    print("generator is finished after uncaught throw")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "stubborn generator exhausted"))
def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
r = ret_on_close()
next(r)
print("close returned", r.close())
def thrown_type():
    try:
        yield
    except Exception as e:
        yield f"{type(e).__name__}{e.args}"
t = thrown_type()
next(t)
print(t.throw(RuntimeError("instance")))
t = thrown_type()
next(t)
print(t.throw(IndexError))
t = thrown_type()
try:
    t.throw(ValueError("before start"))
except ValueError as e:
    print("throw into unstarted generator raises at once:", e)
