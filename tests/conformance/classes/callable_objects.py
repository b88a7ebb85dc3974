# __call__ on instances, callable classes, and calling through bound methods.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))
class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value
    def __or__(self, step):
        return Pipeline(*self.steps, step)
p = Pipeline(str.strip) | str.upper | (lambda s: s + "!") | Adder(0).__class__.__name__.__add__
print(p("  hi  ") if False else (Pipeline(str.strip) | str.upper | (lambda s: s + "!"))("  hi  "))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attribute is ignored"
try:
    c()
except TypeError as e:
    print("TypeError:", e)
CallAttr.__call__ = lambda self: "class attribute works"
print(c())
class Counter:
    count = 0
    def __call__(self):
        type(self).count += 1
        return self.count
counter = Counter()
print([counter() for _ in range(4)])
class Factory:
    def __new__(cls, kind):
        print(f"Factory.__new__({kind})")
        if kind == "int":
            return 42
        return super().__new__(cls)
    def __init__(self, kind):
        print(f"Factory.__init__({kind})")
        self.kind = kind
print(Factory("int"), Factory("obj").kind)
