# Async comprehensions and await inside comprehensions in async functions.
from _loop import run, Sleep
async def double(x):
    await Sleep(1)
    return x * 2
async def aiter_range(n):
    for i in range(n):
        await Sleep(1)
        yield i
async def main():
    a = [await double(x) for x in range(4)]
    b = [x async for x in aiter_range(4)]
    c = {x: await double(x) async for x in aiter_range(3)}
    d = {await double(x) for x in [1, 1, 2]}
    e = [y for x in range(3) async for y in aiter_range(x)]
    f = (x * 10 async for x in aiter_range(3))
    g = [v async for v in f]
    print(a, b, c, sorted(d), e, g, type(f).__name__)
    return len(a + b + e)
print(run(main()))
