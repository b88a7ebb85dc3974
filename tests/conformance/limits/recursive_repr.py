# Self-referencing containers print with ... ; user __repr__ recursion is detected only by the recursion limit.
l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(repr(l)))
d = {"name": "root"}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a, b = [], []
a.append(b)
b.append(a)
print(a, b)
nested = {"list": [1]}
nested["list"].append(nested)
print(nested)
s = [{"k": None}]
s[0]["k"] = s
print(s)
print(l == l, l[2] is l, d["self"]["self"]["name"])
class Wrapper:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Wrapper({self.items!r})"
w = Wrapper()
w.items.append(w)
try:
    repr(w)
except RecursionError as e:
    print("RecursionError:", e)
ds = {}
ds[1] = ds.keys()
print(ds)
dv = {}
dv["v"] = dv.values()
print(dv)
di = {}
di["i"] = di.items()
print(di)
ba = [bytearray(b"x")]
ba.append(ba)
print(ba, f"{l}", "%s" % [l], "{}".format(d))
