# An async generator pipeline (source -> filter -> map -> sink) driven by the hand-written loop.
from _loop import run, run_all, Sleep
async def source(n):
    for i in range(n):
        await Sleep(1)
        yield i
async def only(pred, agen):
    async for x in agen:
        if pred(x):
            yield x
async def amap(fn, agen):
    async for x in agen:
        yield await fn(x)
async def slow_square(x):
    await Sleep(2)
    return x * x
async def sink(agen):
    out = []
    async for x in agen:
        out.append(x)
    return out
print(run(sink(amap(slow_square, only(lambda v: v % 3 == 0, source(15))))))
async def producer(name, n):
    items = []
    async for v in source(n):
        items.append(f"{name}{v}")
    return items
print(run_all(producer("a", 3), producer("b", 5), sink(source(2))))
async def early_exit():
    gen = source(100)
    got = []
    async for v in gen:
        got.append(v)
        if v == 3:
            break
    await gen.aclose()
    return got
print(run(early_exit()))
