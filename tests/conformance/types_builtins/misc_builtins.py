# open (reading this very file), breakpoint via sys.breakpointhook, aiter/anext driven by send(None).
import sys
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
with open(__file__, encoding="utf-8") as f:
    first = f.readline()
print("open", first.rstrip(), f.closed)
with open(__file__, "rb") as f:
    print("open rb", f.read(7))
show("open float", lambda: open(1.5))
show("open mode", lambda: open(__file__, "rz"))
show("open mode2", lambda: open(__file__, "rw"))
show("open missing", lambda: open("no_such_file_kiln.txt"))
show("open enc binary", lambda: open(__file__, "rb", encoding="utf-8"))
show("open buffering", lambda: open(__file__, buffering="x"))
def hook(*args, **kwargs):
    print("breakpointhook called with", args, sorted(kwargs.items()))
    return "hook result"
sys.breakpointhook = hook
print("breakpoint", breakpoint(1, k=2))
del sys.breakpointhook
show("breakpoint lost", lambda: breakpoint())
async def agen():
    for i in range(3):
        yield i * 10
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")
ai = aiter(agen())
print("aiter", type(ai).__name__, ai is aiter(ai))
print("anext", run(anext(ai)), run(anext(ai)), run(anext(ai)))
try:
    run(anext(ai))
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
print("anext default", run(anext(ai, "done")))
show("anext 3 args", lambda: anext(ai, 1, 2))
