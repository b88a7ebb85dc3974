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


def main(argv):
    # Protocol shared by every program in bench/programs (see bench/README.md).
    iterations, warmup = 5, 1
    i = 1
    while i < len(argv):
        if argv[i] == "--iterations" and i + 1 < len(argv):
            iterations = int(argv[i + 1])
        elif argv[i] == "--warmup" and i + 1 < len(argv):
            warmup = int(argv[i + 1])
        else:
            sys.exit("usage: %s [--iterations N] [--warmup W]" % argv[0])
        i += 2
    checks = []
    for _ in range(warmup):
        checks.append(bench())
    times = []
    for _ in range(iterations):
        t0 = time.perf_counter()
        checks.append(bench())
        times.append(time.perf_counter() - t0)
    for c in checks:
        if c != checks[0]:
            sys.exit("checksum differs between iterations: %r != %r" % (c, checks[0]))
    print("times: " + " ".join("%.6f" % t for t in times))
    print("check: " + str(checks[0]))


if __name__ == "__main__":
    main(sys.argv)
