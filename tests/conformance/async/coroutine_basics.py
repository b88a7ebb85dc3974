# async def / await driven by send(None): coroutine objects, results, chaining.
from _loop import run, Sleep
async def add(a, b):
    await Sleep(1)
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    print("  intermediate", x, y)
    return x * y
c = compute()
print(type(c).__name__, c.cr_running, c.__name__, c.__qualname__)
print(run(c))
steps = []
c2 = add(5, 6)
try:
    while True:
        steps.append(c2.send(None))
except StopIteration as e:
    print("steps", steps, "value", e.value)
async def no_await():
    return "immediate"
try:
    no_await().send(None)
except StopIteration as e:
    print("no-await coroutine finishes on first send:", e.value)
c3 = compute()
run(c3)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c5 = add(1, 2)
try:
    next(c5)
except TypeError as e:
    print("TypeError:", e)
c5.close()
c4 = add(1, 1)
try:
    iter(c4)
except TypeError as e:
    print("TypeError:", e)
c4.close()
async def nested(n):
    if n == 0:
        return 0
    return n + await nested(n - 1)
print(run(nested(50)))
print(add.__code__.co_flags & 0x80 != 0, compute.__name__)
