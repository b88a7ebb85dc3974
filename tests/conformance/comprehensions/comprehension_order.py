# Evaluation order in comprehensions: the first iterable is evaluated eagerly, the rest lazily.
log = []
def it(name, values):
    log.append(f"iter {name}")
    return values
def cond(v):
    log.append(f"cond {v}")
    return v % 2 == 0
result = [(a, b) for a in it("outer", [1, 2]) if cond(a) for b in it(f"inner{a}", "xy")]
print(result)
print(log)
log.clear()
g = ((a, b) for a in it("outer", [1, 2]) for b in it("inner", [3]))
print(log)
print(list(g), log)
log.clear()
d = {log.append(f"key {k}") or k: log.append(f"value {k}") or k * 2 for k in range(2)}
print(d, log)
