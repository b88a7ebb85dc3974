# Async generators: asend, athrow, aclose, return inside, state attributes.
from _loop import run, Sleep
async def counter(limit):
    i = 0
    try:
        while i < limit:
            got = yield i
            if got is not None:
                print(f"  counter received {got!r}")
                i = got
            else:
                i += 1
            await Sleep(1)
    except ValueError as e:
        print("  counter caught", e)
        yield -1
    finally:
        print("  counter finally")
async def main():
    g = counter(10)
    print(type(g).__name__, g.__name__)
    print(await g.__anext__())
    print(await g.asend(None))
    print(await g.asend(7))
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  exhausted")
    g2 = counter(5)
    await g2.__anext__()
    await g2.aclose()
    print("  closed g2")
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("  g2 stays exhausted")
    g3 = counter(3)
    items = []
    async for v in g3:
        items.append(v)
    return items
print(run(main()))
async def agen():
    yield 1
print(agen.__code__.co_flags & 0x200 != 0, type(agen()).__name__)
a = agen()
print(hasattr(a, "__aiter__"), hasattr(a, "__next__"), a.ag_running)
