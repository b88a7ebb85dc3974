# Calls with a generator expression as the sole argument and argument evaluation order.
order = []
def arg(name, value):
    order.append(name)
    return value
def f(*args, **kwargs):
    return args, kwargs
print(f(arg("a", 1), arg("b", 2), c=arg("c", 3), *[arg("star", 4)], **{"d": arg("dstar", 5)}))
print(order)
order.clear()
print(f(arg("x", 1), *[arg("s1", 2)], arg("y", 3), *[arg("s2", 4)], k=arg("k", 5)))
print(order)
print(sum(x * x for x in range(10)))
print(sorted((c for c in "generator"), reverse=True))
print(max((len(w), w) for w in ["aa", "bbbb", "c"]))
print(",".join(str(i) for i in range(5)))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
order.clear()
def target(a, b):
    return a - b
print(target(b=arg("b", 10), a=arg("a", 3)), order)
obj = {"m": lambda *a: a}
order.clear()
print(arg("obj", obj)[arg("key", "m")](arg("p1", 1), arg("p2", 2)), order)
