# Generator functions: lazy evaluation, state, infinite generators, multiple consumers.
def count_up(start, stop):
    print(f"  count_up({start}, {stop}) started")
    n = start
    while n < stop:
        print(f"  yielding {n}")
        yield n
        n += 1
    print("  count_up finished")
g = count_up(1, 4)
print("created", type(g).__name__)
print(next(g))
print(list(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(20, primes())))
def chunked(seq, size):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(11), 4)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise("abcde")))
g1 = count_up(0, 2)
print(iter(g1) is g1, hasattr(g1, "__next__"))
