"""A tiny hand-written event loop for the async programs: drives coroutines with send(None)."""


class Sleep:
    """Awaitable that suspends the current task for `ticks` scheduler rounds."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield ("sleep", self.ticks)
        return self.ticks


def run(coro):
    """Runs one coroutine to completion; returns its result."""
    steps = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value
        steps += 1


def run_all(*coros, trace=False):
    """Round-robin scheduler over several coroutines; returns their results in order."""
    tasks = list(enumerate(coros))
    results = [None] * len(coros)
    tick = 0
    while tasks:
        index, coro = tasks.pop(0)
        try:
            signal = coro.send(None)
            if trace:
                print(f"  tick {tick}: task {index} yielded {signal}")
            tasks.append((index, coro))
        except StopIteration as stop:
            if trace:
                print(f"  tick {tick}: task {index} done")
            results[index] = stop.value
        tick += 1
    return results
