"""coro_chain: a chain of coroutines (async def / await) driven by send(None), no event loop.

Each request goes through DEPTH nested awaits down to an awaitable that suspends the whole chain
once; the driver resumes it. Measures coroutine creation, await delegation and send().
"""
import sys
import time

DEPTH = 20
REQUESTS = 90000


class Suspend:
    """An awaitable that suspends once; the driver's send() value becomes its result."""
    __slots__ = ("token",)

    def __init__(self, token):
        self.token = token

    def __await__(self):
        reply = yield self.token
        return reply


async def leaf(i):
    got = await Suspend(i)
    return got + i


async def link(depth, i):
    if depth == 0:
        return await leaf(i)
    value = await link(depth - 1, i)
    return value + 1


def drive(coro):
    suspended = 0
    try:
        token = coro.send(None)
        while True:
            suspended += 1
            token = coro.send(token * 2)
    except StopIteration as stop:
        return stop.value, suspended


def bench():
    total = 0
    hops = 0
    for i in range(REQUESTS):
        value, suspended = drive(link(DEPTH, i))
        total += value
        hops += suspended
    return "total=%d suspended=%d" % (total, hops)


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
