# Local scope determination at compile time: UnboundLocalError cases, del, locals snapshot.
x = "global"
def uses_before_assign():
    print(x)
    x = "local"
try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def conditional_assign(flag):
    if flag:
        y = "assigned"
    return y
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleted():
    z = 1
    del z
    return z
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def augmented():
    x += 1
try:
    augmented()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def empty_loop():
    for j in []:
        pass
    return j
try:
    empty_loop()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def with_locals():
    a = 1
    b = [2]
    snapshot = locals()
    c = 3
    return sorted(snapshot), sorted(locals())
print(with_locals())
def except_target():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return e
try:
    except_target()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
def import_local():
    import sys as local_sys
    return local_sys.maxsize > 0
print(import_local(), "local_sys" in globals())
def class_local():
    class Local:
        pass
    return Local.__qualname__
print(class_local())
def func_local():
    def helper():
        pass
    return helper.__qualname__
print(func_local())
def undefined_global():
    return no_such_name
try:
    undefined_global()
except NameError as e:
    print("NameError:", e)
