# Default parameter values: evaluation time, mutable defaults, None sentinel.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", punct="?"))
print(greet(punct=".", name="Bob", greeting="Yo"))

def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3))

def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2))

counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)
print(snapshot.__defaults__, greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = ("Hey", "~")
print(greet("Cy"))
def kw_defaults(a, *, b=1, c):
    return a, b, c
print(kw_defaults.__kwdefaults__, kw_defaults(0, c=5))
kw_defaults.__kwdefaults__ = {"b": 100, "c": 200}
print(kw_defaults(0))
def default_calls():
    print("default computed once")
    return 42
def uses(x=default_calls()):
    return x
print(uses(), uses(), uses(7))
