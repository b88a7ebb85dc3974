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


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
