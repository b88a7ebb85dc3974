# Unpacking inside list/tuple/set/dict displays and calls (PEP 448).
a = [1, 2]
b = (3, 4)
s = {5}
print([*a, *b, *s], (*a, 0, *b), {*a, *b}, [*"hi", *range(2)])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print(*a, *b, sep=",")
def f(*args, **kw):
    return args, kw
print(f(*a, 9, *b, k=1, **d1, **{"extra": True}))
print([*[], *()], {**{}}, (*[],))
nested = [[1, 2], [3], []]
print([*nested[0], *nested[1], *nested[2]])
gen = (i * i for i in range(3))
print([*gen, *gen])
print({*range(3), *[2, 3, 4]} == set(range(5)))
print(dict(**d1, w=0))
keys = ["a", "b"]
print({**dict.fromkeys(keys, 0), **{k: len(k) for k in keys}})
first, *_ = [*reversed(a), *b]
print(first)
print(max(*a, *b), min(*b, 10))
