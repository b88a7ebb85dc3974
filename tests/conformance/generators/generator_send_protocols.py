# Two-way generators: a running-average coroutine, a tokenizer with pushback via send, priming helpers.
def primed(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@primed
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)
avg = averager()
for v in [10, 30, 20, 40]:
    print("avg now", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)
def collector():
    results = {}
    while True:
        key = yield
        if key is None:
            return results
        value = yield from sub_average()
        results[key] = value
def sub_average():
    total = count = 0
    while True:
        term = yield
        if term is None:
            return (count, total / count if count else None)
        total += term
        count += 1
c = collector()
next(c)
for key, values in [("a", [1, 2, 3]), ("b", [10]), ("c", [])]:
    c.send(key)
    for v in values:
        c.send(v)
    c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
def echo():
    received = None
    while True:
        received = yield f"echo: {received}"
e = echo()
print(next(e), e.send("hi"), e.send(42), next(e))
e.close()
