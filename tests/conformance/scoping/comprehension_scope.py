# Comprehension scopes (PEP 709 inlining keeps semantics): no leaking, outer names, class bodies.
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y * i for i in range(3)], {i: y for i in range(2)}, {y + i for i in range(2)} == {10, 11})
def f():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(f())
def g():
    total = 0
    values = [total + v for v in range(3)]
    return values, total
print(g())
def h():
    return [(i, j) for i in range(3) for j in range(i)]
print(h())
def nonlocal_in_comp():
    acc = []
    [acc.append(i) for i in range(4)]
    return acc
print(nonlocal_in_comp())
def walrus_binds_outer():
    [last := i for i in range(5)]
    return last
print(walrus_binds_outer())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        pairs = [(v, w) for v in vals for w in vals if w > v][:2]
    except NameError as e:
        pairs = str(e)
    factor = 3
    try:
        scaled = [v * factor for v in vals]
    except NameError as e:
        scaled = f"NameError: {e}"
print(C.doubled, C.pairs, C.scaled)
def uses_locals():
    a = 1
    r = [locals() for _ in range(1)][0]
    return sorted(r)
print(uses_locals())
i = "module i"
[i for i in range(2)]
print(i)
def shadowing_param(i):
    return [i for i in range(i)]
print(shadowing_param(4))
def nested_comp():
    return [[x * y for x in range(3)] for y in range(3)]
print(nested_comp())
def unbound_in_comp():
    try:
        [z for _ in range(1)]
    except NameError as e:
        return str(e)
    z = 1
print(unbound_in_comp())
