# Several coroutines interleaved by a round-robin scheduler, sharing state.
from _loop import run_all, Sleep
log = []
async def producer(queue, n):
    for i in range(n):
        queue.append(f"item{i}")
        log.append(f"produced item{i}")
        await Sleep(1)
    queue.append(None)
    return f"produced {n}"
async def consumer(name, queue):
    got = []
    while True:
        while not queue:
            await Sleep(1)
        item = queue.pop(0)
        if item is None:
            queue.append(None)
            break
        got.append(item)
        log.append(f"{name} consumed {item}")
        await Sleep(2)
    return got
q = []
results = run_all(producer(q, 5), consumer("c1", q), consumer("c2", q), trace=True)
print(results)
print("\n".join(log))
