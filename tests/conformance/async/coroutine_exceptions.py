# Exceptions through await chains, throw() into coroutines, close() on coroutines, traceback at the end.
from _loop import run, Sleep
async def leaf(x):
    await Sleep(1)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x
async def middle(x):
    try:
        return await leaf(x)
    except ValueError as e:
        print("  middle saw", e)
        raise RuntimeError("middle failed") from e
async def top(values):
    out = []
    for v in values:
        try:
            out.append(await middle(v))
        except RuntimeError as e:
            out.append(f"{e} (cause: {e.__cause__})")
    return out
print(run(top([1, -2, 3])))
c = leaf(5)
c.send(None)
try:
    c.throw(KeyError("thrown in"))
except KeyError as e:
    print("throw propagated", repr(e))
async def cleanup():
    try:
        await Sleep(3)
    finally:
        print("  cleanup finally on close")
c = cleanup()
c.send(None)
c.close()
print("closed:", c.cr_frame is None)
async def final():
    await middle(-1)
run(final())
