# Order of evaluation in dict displays and comprehensions; duplicate keys keep the first key object, last value.
order = []
def k(x):
    order.append("k%s" % x)
    return x
def v(x):
    order.append("v%s" % x)
    return x
d = {k(1): v("a"), k(2): v("b"), k(1): v("c")}
print(d, order)
order.clear()
dc = {k(i): v(i * i) for i in range(3)}
print(dc, order)
e = {1: "int", 1.0: "float"}
print(e, list(e.keys())[0].__class__.__name__)
f = {True: "t"}
f[1] = "one"
print(f)
nested = {i: {j: i * j for j in range(i)} for i in range(4)}
print(nested)
print({x: y for x, y in [("a", 1), ("b", 2), ("a", 3)]}, dict([("a", 1), ("a", 2)]), {**{"a": 1}, "a": 0})
