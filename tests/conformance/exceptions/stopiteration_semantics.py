# StopIteration in generators becomes RuntimeError (PEP 479); next() default; iterator exhaustion.
def gen():
    yield 1
    raise StopIteration("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def gen_next_leak(it):
    while True:
        yield next(it)
try:
    print(list(gen_next_leak(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
def safe(it):
    for x in it:
        yield x
print(list(safe(iter([1, 2]))))
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args", e.args, e.value)
def returns():
    yield 1
    return "result"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), next(c, "exhausted"))
def uses_stopiteration_value():
    r = yield from returns()
    yield f"delegated result {r}"
print(list(uses_stopiteration_value()))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, e.args)
def gen_raises_in_comp():
    yield [x for x in iter(lambda: next(iter([])), None)] if False else "ok"
print(list(gen_raises_in_comp()))
def inner_stop():
    yield 1
    next(iter([]))
try:
    list(inner_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
