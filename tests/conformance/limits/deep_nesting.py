# Deeply nested data structures built iteratively; operations that recurse in C hit RecursionError.
# timeout: 60
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
n, cur = 0, deep
while cur:
    cur = cur[0]
    n += 1
print("built depth", n)
try:
    repr(deep)
except RecursionError as e:
    print("repr:", type(e).__name__, e)
other = []
cur = other
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    print(deep == other)
except RecursionError as e:
    print("==:", type(e).__name__, e)
d = {}
cur = d
for i in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
except RecursionError as e:
    print("str(dict):", type(e).__name__)
t = ()
for _ in range(100000):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print("hash(tuple):", type(e).__name__)
shallow = [[[[[[[[[[1]]]]]]]]]]
print(shallow, shallow == [[[[[[[[[[1]]]]]]]]]])
def depth_of(x):
    d = 0
    while isinstance(x, list) and x:
        x = x[0]
        d += 1
    return d
print(depth_of(shallow), depth_of(deep))
