# *args and **kwargs collection and forwarding.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", sorted(kwargs.items()))
    return len(args) + len(kwargs)
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, *[2, 3], *(4,), x=5, **{"y": 6, "z": 7})
def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward("p", q="q"))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def merge(**options):
    defaults = {"color": "red", "size": 1}
    defaults.update(options)
    return defaults
print(merge(), merge(size=3, shape="round"))
def count_args(*a, **k):
    return type(a).__name__, type(k).__name__, len(a), len(k)
print(count_args(*range(10), **dict.fromkeys("abc", 0)))
def mutate(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(mutate(**d), d)
print(show(*[], **{}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, c=2, **{"a": 3}))
