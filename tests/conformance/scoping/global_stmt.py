# global declarations: reading, rebinding, creating globals from functions, global in nested functions.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def create():
    global created_later
    created_later = "made inside a function"
try:
    print(created_later)
except NameError as e:
    print("NameError:", e)
create()
print(created_later)
def reader():
    return counter * 10
print(reader())
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
unbound()
def outer():
    x = "outer local"
    def inner():
        global x
        x = "global x"
    inner()
    return x
print(outer(), x)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def del_global():
    global a
    del a
del_global()
print("a" in globals(), "b" in globals())
for_loop_var = None
def loop_global():
    global for_loop_var
    for for_loop_var in range(3):
        pass
loop_global()
print(for_loop_var)
def import_global():
    global sys
    import sys
import_global()
print(sys.maxsize > 0)
print(sorted(k for k in globals() if not k.startswith("__"))[:8])
