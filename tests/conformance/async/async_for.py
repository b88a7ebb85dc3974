# async for over async iterators and async generators.
from _loop import run, Sleep
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Sleep(1)
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        await Sleep(1)
        yield i * i
async def main():
    out = []
    async for t in Ticker(3):
        out.append(t)
    print("ticker", out)
    async for sq in agen(4):
        print("  square", sq)
    print([x async for x in agen(5)])
    print([x async for x in agen(6) if x % 2 == 0])
    print({x: str(x) async for x in Ticker(2)})
    async for x in agen(0):
        print("never")
    else:
        print("async for else")
    async for t in Ticker(10):
        if t == 3:
            break
    print("broke at", t)
    return "main done"
print(run(main()))
async def bad():
    async for x in [1, 2]:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
class BadANext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad2():
    async for x in BadANext():
        pass
try:
    run(bad2())
except TypeError as e:
    print("TypeError:", e)
