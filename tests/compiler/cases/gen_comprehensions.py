x = "outer"
l = [x for x in range(3)]
print(l, x)
print([(i, j) for i in range(3) for j in range(i)])
print({i % 3 for i in range(10)} == {0, 1, 2})
print({k: v for k, v in zip("abc", range(3))})
print([y for y in [z * 2 for z in range(3)]])
print([[c for c in w] for w in ["ab", "cd"]])
print([i for i in range(10) if i % 2 if i > 3])
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def closure_in_comp():
    return [lambda: i for i in range(3)]
print([g() for g in closure_in_comp()])
def comp_cell():
    funcs = [lambda: j for j in range(2)]
    j = "after"
    return [g() for g in funcs], j
print(comp_cell())
def walrus_comp():
    total = 0
    vals = [total := total + i for i in range(4)]
    return vals, total
print(walrus_comp())
found = [y for v in range(5) if (y := v * v) > 5]
print(found, y)
class C:
    a = [1, 2]
    b = [v * 2 for v in a]
    c = {v: v for v in range(2)}
print(C.b, C.c)
def outer_var_reuse():
    i = "keep"
    r = [i for i in "ab"]
    return r, i
print(outer_var_reuse())
def exc_in_comp():
    i = "before"
    try:
        [1 // (i - 1) for i in range(3)]
    except ZeroDivisionError:
        pass
    return i
print(exc_in_comp())
print([t for t in (1, 2)], [t for t in [3]], [u for u in {4}])
print(sum(i for i in range(4) for _ in range(2)))
def nested_scopes():
    y = 1
    return [[x + y for x in range(2)] for _ in range(2)]
print(nested_scopes())
matrix = [[1, 2], [3, 4]]
print([row[i] for row in matrix for i in range(2)])
print([z for z in range(5) if z not in [1, 3]])
def gen_uses_param(n):
    return list(n * k for k in range(3))
print(gen_uses_param(3))
def class_in_func():
    v = 7
    class K:
        w = [v for _ in range(2)]
    return K.w
print(class_in_func())
print({*range(3), *[7]} == {0, 1, 2, 7})
print([i for i in range(3)][::-1])
