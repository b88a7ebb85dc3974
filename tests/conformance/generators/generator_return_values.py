# Return values of generators via StopIteration.value, yield from results, and return in try/finally.
def gen(n):
    for i in range(n):
        yield i
    return f"generated {n}"
def collect(g):
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            return items, e.value
print(collect(gen(3)), collect(gen(0)))
def gen_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally after return")
print(collect(gen_finally()))
def gen_override():
    try:
        yield 1
        return "from try"
    finally:
        return "finally wins"
print(collect(gen_override()))
def sum_of(gens):
    total = 0
    for g in gens:
        total += len((yield from g))
    return total
def lister(n):
    out = []
    for i in range(n):
        out.append((yield i))
    return out
s = sum_of([lister(2), lister(3)])
print(next(s), s.send("a"), s.send("b"), s.send("c"), s.send("d"))
try:
    s.send("e")
except StopIteration as e:
    print("total", e.value)
def returns_none():
    yield 1
g = returns_none()
print(collect(g))
def returns_tuple():
    yield
    return 1, 2
print(collect(returns_tuple()))
def returns_exc():
    yield
    return StopIteration("a stop iteration as a value")
print(collect(returns_exc()))
