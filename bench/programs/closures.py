"""closures: closure-heavy code (cell variables, nonlocal counters, function factories, decorators).

Builds small functions at run time, calls them through layers of wrappers and composes them.
"""
import sys
import time

N = 360000


def counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def adder(k):
    return lambda x: x + k


def times(k):
    def mul(x):
        return x * k
    return mul


def memo(fn):
    cache = {}

    def wrapper(n):
        r = cache.get(n)
        if r is None:
            r = fn(n)
            cache[n] = r
        return r
    return wrapper


def traced(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


def make_pipeline(n):
    fns = []
    for i in range(n):
        if i % 3 == 0:
            fns.append(adder(i))
        elif i % 3 == 1:
            fns.append(times(i % 5 + 1))
        else:
            fns.append(compose(adder(1), times(2)))
    return fns


def bench():
    c = counter(0)
    total = 0
    for i in range(N):
        total += c(i & 7)
    fns = make_pipeline(12)
    acc = 0
    for i in range(N // 4):
        x = i
        for f in fns:
            x = f(x) % 1000003
        acc += x
    square = memo(lambda n: n * n)
    t_add = traced(lambda a, b=1: a + b)
    s = 0
    for i in range(N):
        s += square(i % 500) + t_add(i, b=i & 3)
    return "counter=%d pipeline=%d memo=%d calls=%d" % (total, acc, s, t_add.calls[0])


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
