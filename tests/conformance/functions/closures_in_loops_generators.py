# Closures over loop variables in comprehensions and generators; late binding demonstrated and fixed.
callbacks = {}
for name in ["open", "save", "close"]:
    callbacks[name] = lambda name=name: f"{name} clicked"
print([cb() for cb in callbacks.values()])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def make_gen():
    return (lambda: j for j in range(3))
print([f() for f in make_gen()])
print([f() for f in list(make_gen())])
def multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in multipliers()])
def power_table():
    table = {}
    for exp in range(1, 4):
        def power(base, exp=exp):
            return base ** exp
        table[exp] = power
    return table
print({e: p(2) for e, p in power_table().items()})
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        yield bump
g = counter_gen()
b1 = next(g)
b2 = next(g)
print(b1(), b1(), b2(), b1 is b2)
