"""generators: recursive generator trees (yield from), generator pipelines, send() and close().

Generator creation, resumption and delegation dominate.
"""
import sys
import time

DEPTH = 16
PIPELINE = 300000


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def bench():
    tree = build(0, 2 ** DEPTH - 1)
    walked = 0
    for _ in range(8):
        for v in tree:
            walked += v
    piped = sum(evens(squares(numbers(PIPELINE))))
    gen_expr = sum(x for x in (y + 1 for y in range(PIPELINE)) if x & 3)
    acc = running_total()
    next(acc)
    last = 0
    for i in range(PIPELINE):
        last = acc.send(i)
    acc.close()
    return "walked=%d piped=%d expr=%d total=%d" % (walked, piped, gen_expr, last)


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
