class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("b"), CM("c") as y:
    print("body2", y)
with CM("d", True):
    raise ValueError("suppressed")
print("after")
try:
    with CM("e"):
        raise KeyError("k")
except KeyError:
    print("propagated")
def ret():
    with CM("f"):
        return "from with"
print(ret())
def loop():
    for i in range(3):
        with CM("g%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return i
print(loop())
with CM("h") as (p):
    print(p)
class T:
    pass
t = T()
with CM("i") as t.attr:
    pass
print(t.attr)
with (CM("j") as j1, CM("k") as k1):
    print(j1, k1)
def nested():
    with CM("x"):
        try:
            with CM("y"):
                raise RuntimeError
        except RuntimeError:
            print("caught inside")
nested()
