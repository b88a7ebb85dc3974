# Custom awaitables: __await__ returning iterators, generators; errors for non-awaitables.
from _loop import run
class Future:
    def __init__(self):
        self.done = False
        self.value = None
    def set(self, v):
        self.done, self.value = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.value
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        return iter([])  if False else self._gen()
    def _gen(self):
        return self.v
        yield
async def waiter(fut):
    print("  waiting...")
    v = await fut
    print("  got", v)
    return v * 2
f = Future()
co = waiter(f)
print(co.send(None) is f)
print(co.send(None) is f)
f.set(21)
try:
    co.send(None)
except StopIteration as e:
    print("result", e.value)
async def uses_ready():
    return await Ready("ready value")
print(run(uses_ready()))
class NotAwaitable: pass
async def bad1():
    await NotAwaitable()
try:
    run(bad1())
except TypeError as e:
    print("TypeError:", e)
class AwaitReturnsNonIter:
    def __await__(self): return 5
async def bad2():
    await AwaitReturnsNonIter()
try:
    run(bad2())
except TypeError as e:
    print("TypeError:", e)
async def bad3():
    await 3
try:
    run(bad3())
except TypeError as e:
    print("TypeError:", e)
class AwaitReturnsCoroutine:
    def __await__(self):
        self.coro = uses_ready()
        return self.coro
holder = AwaitReturnsCoroutine()
async def bad4():
    await holder
try:
    run(bad4())
except TypeError as e:
    print("TypeError:", e)
    holder.coro.close()
async def inner():
    return "inner"
async def outer():
    coro = inner()
    first = await coro
    try:
        await coro
    except RuntimeError as e:
        return first, str(e)
print(run(outer()))
