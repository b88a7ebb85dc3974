# del of locals, globals, closure variables, attributes, and errors for missing names.
g = 1
def del_global():
    global g
    del g
del_global()
print("g" in globals())
try:
    del_global()
except NameError as e:
    print("NameError:", e)
def del_local():
    a = 1
    del a
    try:
        del a
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_local()
def del_closure():
    c = "cell"
    def get():
        return c
    del c
    try:
        get()
    except NameError as e:
        print("NameError:", e)
    c = "rebound"
    return get()
print(del_closure())
try:
    del missing_module_level
except NameError as e:
    print("NameError:", e)
class K:
    a = 1
try:
    del K.b
except AttributeError as e:
    print("AttributeError:", e)
lst = [1, 2, 3]
del lst[:]
print(lst)
d = {1: 2}
del d[1]
print(d)
x = y = 5
del x
print(y)
for i in range(2):
    pass
del i
print("i" in globals())
