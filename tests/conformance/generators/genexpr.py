# Generator expressions: laziness, scoping of the first iterable, exhaustion.
log = []
def src(n):
    log.append("src called")
    for i in range(n):
        log.append(f"src yields {i}")
        yield i
gen = (x * 10 for x in src(3))
print(log)
print(next(gen), log)
print(list(gen))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
evens = (n for n in range(10) if n % 2 == 0)
print(type(evens).__name__, list(evens), list(evens))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
try:
    g = (y for y in undefined_iterable)
except NameError as e:
    print("NameError at creation:", e)
g = (1 / v for v in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
print(list(zip((c for c in "abc"), (n for n in range(10)))))
print(dict((k, len(k)) for k in ["one", "three"]), set(c.upper() for c in "hello") == set("HELO"))
print(", ".join(f"{n}^2={n * n}" for n in range(4)))
def lines():
    yield "  first  "
    yield ""
    yield "second"
print([l.strip() for l in lines() if l.strip()])
ge = (i for i in range(3))
print(ge.gi_running, ge.gi_frame is not None, list(ge), ge.gi_frame)
