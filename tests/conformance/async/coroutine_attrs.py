# Coroutine object attributes and the "never awaited"-free paths (every coroutine is closed or run).
from _loop import run, Sleep
async def work(n):
    await Sleep(n)
    return n
c = work(2)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
c.send(None)
print(type(c.cr_await).__name__, c.cr_running, c.cr_suspended if hasattr(c, "cr_suspended") else "n/a")
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value, c.cr_frame)
c2 = work(1)
c2.close()
print("closed without running:", c2.cr_frame)
async def run_twice():
    return [await work(1), await work(0)]
print(run(run_twice()))
import sys
print(work.__qualname__, type(work).__name__, sys.version_info[:2])
