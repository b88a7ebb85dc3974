# Generators capturing loop variables and closures; generators in classes; __iter__ as generator.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), sum(t), max(t))
for depth, v in t.walk():
    print("  " * depth + str(v))
gens = [(lambda i=i: (i * k for k in range(3)))() for i in range(3)]
print([list(g) for g in gens])
def make_gens():
    out = []
    for i in range(3):
        def gen():
            yield i
        out.append(gen)
    return out
print([list(g()) for g in make_gens()])
def counter():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    return gen(), lambda: count
g, get = counter()
next(g); next(g); next(g)
print(get())
class Fib:
    def __init__(self, n): self.n = n
    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.n):
            yield a
            a, b = b, a + b
print(list(Fib(12)), list(zip(Fib(3), Fib(5))))
