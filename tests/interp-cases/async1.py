class Future:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self
        return r

async def leaf(x):
    r = await Future(x)
    return r * 2

async def mid():
    a = await leaf(1)
    b = await leaf(2)
    return a + b

def run(coro):
    value = None
    while True:
        try:
            fut = coro.send(value)
        except StopIteration as e:
            return e.value
        value = fut.v + 10

print(run(mid()))

class AsyncCM:
    async def __aenter__(self):
        print("enter")
        return "cm"
    async def __aexit__(self, *a):
        print("exit", a[0])
        return False

async def use_cm():
    async with AsyncCM() as v:
        print("inside", v)
    return "ok"
print(run(use_cm()))

class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def use_aiter():
    out = []
    async for x in AIter():
        out.append(x)
    return out
print(run(use_aiter()))

async def agen(n):
    for i in range(n):
        yield i
        await Future(i)
async def use_agen():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(use_agen()))
async def comp():
    return [x async for x in agen(4)]
print(run(comp()))


c = mid()
print(type(c).__name__, c.cr_running, c.__name__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def bad_await():
    await 1
try:
    run(bad_await())
except TypeError as e:
    print(e)
async def thrower():
    try:
        await Future(1)
    except ValueError as e:
        return "caught " + str(e)
t = thrower()
t.send(None)
try:
    t.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
async def ag2():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")
async def partial():
    g = ag2()
    v = await g.__anext__()
    await g.aclose()
    return v
print(run(partial()))
w = mid()
print(type(w.__await__()).__name__)
w.close()
