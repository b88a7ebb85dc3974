# PEP 479: a StopIteration leaking out of a generator body becomes RuntimeError; traceback at the end.
def first_words(lines):
    for line in lines:
        words = iter(line.split())
        yield next(words)
print(list(first_words(["hello world", "foo bar"])))
try:
    list(first_words(["a b", "", "c d"]))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.__traceback__ is not None)
def explicit():
    yield 1
    raise StopIteration(99)
g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "cause value:", e.__cause__.value)
def ok_return():
    yield 1
    return 99
print(list(ok_return()))
def throws_stop():
    yield 1
g = throws_stop()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("throw(StopIteration) -> RuntimeError:", e)
def leaky():
    yield next(iter([]))
for x in leaky():
    print("never", x)
