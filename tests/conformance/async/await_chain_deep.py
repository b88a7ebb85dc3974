# A deep await chain: each level suspends; a scheduler counts how often control returns.
from _loop import Sleep
async def level(n):
    if n == 0:
        await Sleep(2)
        return 1
    v = await level(n - 1)
    await Sleep(1)
    return v + n
c = level(30)
switches = 0
while True:
    try:
        c.send(None)
        switches += 1
    except StopIteration as e:
        print("result", e.value, "switches", switches)
        break
async def fan(n):
    total = 0
    for i in range(n):
        total += await level(i % 5)
    return total
c = fan(20)
try:
    while True:
        c.send(None)
except StopIteration as e:
    print("fan result", e.value)
