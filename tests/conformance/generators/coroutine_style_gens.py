# Generator-based coroutines: a cooperative scheduler with send() (no asyncio).
def task(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"  {name} got {received!r}")
    return f"{name} done"
class Scheduler:
    def __init__(self):
        self.queue = []
        self.results = {}
    def spawn(self, name, gen):
        self.queue.append((name, gen, None))
    def run(self):
        tick = 0
        while self.queue:
            name, gen, value = self.queue.pop(0)
            try:
                out = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[{tick}] {name} finished -> {stop.value}")
            else:
                print(f"[{tick}] {out}")
                self.queue.append((name, gen, f"tick{tick}" if tick % 3 == 0 else None))
            tick += 1
s = Scheduler()
s.spawn("A", task("A", 3))
s.spawn("B", task("B", 1))
s.spawn("C", task("C", 2))
s.run()
print(s.results)
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)
p = printer(">>")
next(p)
g = grep("py", p)
next(g)
for line in ["python", "java", "pypy", "rust", "cpython"]:
    g.send(line)
