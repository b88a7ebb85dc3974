# finally blocks and with statements inside generators when closed early or garbage-collected-free paths.
class Res:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self
    def __exit__(self, *exc):
        print("  close", self.name, exc[0].__name__ if exc[0] else None)
def reader(name):
    with Res(name):
        try:
            for i in range(5):
                yield f"{name}:{i}"
        finally:
            print("  reader finally", name)
ra = reader("a")
for item in ra:
    print(item)
    if item.endswith("1"):
        break
print("loop broke; the generator stays suspended until closed")
ra.close()
r = reader("explicit")
print(next(r))
r.close()
print("closed explicitly")
r2 = reader("thrown")
next(r2)
try:
    r2.throw(KeyError("k"))
except KeyError:
    print("KeyError propagated after cleanup")
def counted():
    try:
        yield 1
        yield 2
    finally:
        print("  counted finally")
c = counted()
print(list(c))
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(yield_in_finally()))
