import asyncio
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "val"
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return False
class AIter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
async def agen(n):
    for i in range(n):
        yield i * 10
        await asyncio.sleep(0)
async def compute(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    print(await compute(4))
    async with ACM() as v:
        print("in", v)
    try:
        async with ACM():
            raise ValueError
    except ValueError:
        print("caught")
    async for i in AIter(3):
        print("ait", i)
    else:
        print("ait else")
    async for v in agen(3):
        if v == 20:
            break
        print("agen", v)
    print([x async for x in agen(3)])
    print([await compute(i) for i in range(3)])
    print({x: x async for x in AIter(2)})
    g = (x async for x in agen(2))
    print([y async for y in g])
    r = await asyncio.gather(compute(1), compute(2))
    print(r)
    def sync_inner():
        return "sync"
    print(sync_inner())
    async def ret_in_with():
        async with ACM():
            return "ret"
    print(await ret_in_with())
    async def loop_with():
        for i in range(2):
            async with ACM():
                if i == 0:
                    continue
                break
        return i
    print(await loop_with())
    for i in range(2):
        async for j in AIter(2):
            if j == 2:
                break
            print("nested", i, j)
asyncio.run(main())
async def coro():
    return 1
c = coro()
print(type(c).__name__)
c.close()
print(agen.__code__.co_flags & 0x200 != 0, coro.__code__.co_flags & 0x80 != 0)
