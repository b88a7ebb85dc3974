# Function decorators: simple, with arguments, stacked, and preserving metadata by hand.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper

def repeat(times):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(times)]
        return wrapper
    return deco

registry = {}
def register(name):
    def deco(func):
        registry[name] = func
        return func
    return deco

@trace
def add(a, b):
    """Add two numbers."""
    return a + b

@repeat(3)
def hello(n):
    return f"hello {n}"

@register("sq")
@trace
def square(x):
    return x * x

@trace
@repeat(2)
def pair(x):
    return x

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(hello("you"))
print(registry["sq"](7))
print(pair("p"))

def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def mul(a, b):
    return a * b
print(mul(3, 4), mul(5, 6), mul.calls)
deco_expr = [trace, memo]
@deco_expr[0]
def via_subscript():
    return "ok"
print(via_subscript())
