# Mutating containers while iterating over them.
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "x", 2: "y"}
try:
    for k in d:
        del d[k]
        d[k + 10] = "z"
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = d[k] * 10
print("value updates are fine:", d)
for view in ("keys", "values", "items"):
    dd = {1: 1, 2: 2}
    try:
        for x in getattr(dd, view)():
            dd.pop(2, None)
            dd[3] = 3
            dd[4] = 4
    except RuntimeError as e:
        print(view, "RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print("list mutated while iterating (no error, skips items):", lst)
lst = [1, 2, 3]
n = 0
for x in lst:
    n += 1
    if n < 5:
        lst.append(x * 10)
print(lst, n)
d = {"k": 1}
it = iter(d)
d["new"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError after resize:", e)
d = dict.fromkeys(range(5))
for k in list(d):
    del d[k]
print("iterate over a copy:", d)
