# del on names, subscripts, slices and attributes.
a = 1
b = [0, 1, 2, 3, 4, 5, 6, 7]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[-1], b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    cls_attr = "c"
o = Obj()
o.attr = 5
print(vars(o))
del o.attr
print(vars(o))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
x, y = 1, 2
del (x, y)
print("x" in dir(), "y" in dir())
p, q = [10], [20]
del [p, q]
try:
    p
except NameError as e:
    print(e)
lst = list(range(10))
del lst[2:8:3]
print(lst)
def f():
    v = 3
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
