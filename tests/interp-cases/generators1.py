def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "end"

g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
try:
    next(g)
except StopIteration as e:
    print("stop again", e.value)

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return 99
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
o = outer()
print(next(o), o.send("hi"), next(o))
print(list(outer()))

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
        except GeneratorExit:
            print("closing")
            return
c = catcher(); next(c)
c.throw(ValueError("v1"))
c.throw(ValueError("v2"))
c.close()
print(c.gi_frame)

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin(); next(f); f.close()
f = fin(); print(list(f))

def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def delegating_throw():
    yield from catcher()
d = delegating_throw(); next(d)
d.throw(ValueError("through"))
d.close()

gexp = (x * 2 for x in range(5) if x % 2)
print(list(gexp), list(gexp))
print(sum(x for x in range(100)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for _, x in zip(range(10), fib())])
g2 = counter(3)
print(g2.gi_running, g2.gi_frame is not None, g2.__name__, g2.__qualname__)
try:
    g2.send(5)
except TypeError as e:
    print(e)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit(); next(ie)
try:
    ie.close()
except RuntimeError as e:
    print(e)
def gen_ret():
    return 5
    yield
try:
    next(gen_ret())
except StopIteration as e:
    print("value", e.value)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
def yf(): return (yield from It())
print(list(yf()))
