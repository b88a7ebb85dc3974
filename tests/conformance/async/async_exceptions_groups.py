# Gathering results and failures from several coroutines by hand, raising an ExceptionGroup, except*.
from _loop import Sleep
async def job(n):
    await Sleep(n % 3)
    if n % 4 == 3:
        raise ValueError(f"job {n} failed")
    if n == 5:
        raise KeyError(n)
    return n * 100
def gather(*coros):
    pending = list(enumerate(coros))
    results = [None] * len(coros)
    errors = []
    while pending:
        i, c = pending.pop(0)
        try:
            c.send(None)
            pending.append((i, c))
        except StopIteration as s:
            results[i] = s.value
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some jobs failed", errors)
    return results
print(gather(*(job(n) for n in (0, 1, 2))))
try:
    gather(*(job(n) for n in range(8)))
except* ValueError as g:
    print("value errors:", [str(e) for e in g.exceptions])
except* KeyError as g:
    print("key errors:", [e.args for e in g.exceptions])
