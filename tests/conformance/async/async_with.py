# async with: __aenter__/__aexit__, exception suppression, ordering with awaits.
from _loop import run, Sleep
class Conn:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Sleep(1)
        print(f"  open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await Sleep(1)
        print(f"  close {self.name} ({et.__name__ if et else 'ok'})")
        return self.suppress
async def main():
    async with Conn("db") as c:
        print("  using", c.name)
    async with Conn("a") as a, Conn("b") as b:
        print("  using", a.name, b.name)
    async with Conn("quiet", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Conn("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("  caught", repr(e))
    return "done"
print(run(main()))
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)
async def wrong2():
    with Conn("x"):
        pass
try:
    run(wrong2())
except TypeError as e:
    print("TypeError:", e)
