# Order of assignment to targets: left to right after the whole right side is evaluated.
log = []
class Spy:
    def __init__(self, name): self.name = name
    def __setattr__(self, k, v):
        log.append(f"{self.__dict__.get('name', '?')}.{k} = {v}")
        object.__setattr__(self, k, v)
    def __setitem__(self, k, v):
        log.append(f"{self.name}[{k!r}] = {v}")
class Source:
    def __iter__(self):
        for i in range(3):
            log.append(f"yield {i}")
            yield i
a, b = Spy("a"), Spy("b")
log.clear()
a.x, b[0], a.y = Source()
print(log)
log.clear()
a.p = b.q = a.r = "chained"
print(log)
log.clear()
b["k"], *rest = Source()
print(log, rest)
log.clear()
def val(v):
    log.append(f"eval {v}")
    return v
x = [0, 0, 0]
x[val(0)], x[val(1)] = val("first"), val("second")
print(log, x)
