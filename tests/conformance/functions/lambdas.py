# Lambdas as arguments, defaults, closures and in data structures.
people = [("alice", 31), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[1] > 28, people)))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
}
for sym in "+-*/":
    print(6, sym, 3, "=", ops[sym](6, 3))
print(ops["/"](1, 0))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, /, b=2, *, c=3: a + b + c)(1, c=10))
print((lambda: "no args")())
f = lambda x: x
print(f.__name__, f.__qualname__)
def outer():
    return lambda: None
print(outer().__qualname__)
y = 10
g = lambda x, y=y: x + y
y = 100
print(g(1))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print([(lambda i=i: i * i)() for i in range(5)])
