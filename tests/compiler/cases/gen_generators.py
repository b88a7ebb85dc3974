def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen(2)
    print("r", r)
    yield from [10, 20]
print(list(deleg()))
def genexp_test():
    return sum(x * x for x in range(5)), list(x for x in "ab"), tuple(y for y in range(3) if y)
print(genexp_test())
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closer()
next(c)
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
def stopiter():
    yield 1
    raise StopIteration
try:
    list(stopiter())
except RuntimeError as e:
    print("RuntimeError", e)
def empty_gen():
    return
    yield
print(list(empty_gen()))
def yield_expr():
    x = yield
    y = (yield x) + 1
    yield y
ye = yield_expr()
next(ye)
print(ye.send(5), ye.send(10))
gx = (i for i in range(3))
print(next(gx), list(gx))
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
def gen_in_class():
    class K:
        vals = list(v * 2 for v in range(3))
    return K.vals
print(gen_in_class())
def subgen():
    x = yield 1
    print("sub got", x)
    return x * 2
def outer():
    r = yield from subgen()
    print("outer r", r)
o = outer()
next(o)
try:
    o.send(21)
except StopIteration:
    print("finished")
lam_gen = lambda: (yield 5)
print(list(lam_gen()))
def fib_lazy():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib_lazy()
print([next(f) for _ in range(8)])
