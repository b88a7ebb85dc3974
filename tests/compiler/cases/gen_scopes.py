counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    x = 0
    def a():
        nonlocal x
        x += 1
        return x
    def b():
        return x
    return a, b
a, b = make()
a(); a()
print(b())
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "unbound"
print(del_local())
g1 = 5
del g1
try:
    g1
except NameError:
    print("g1 deleted")
def unbound():
    try:
        print(q)
    except UnboundLocalError:
        print("q unbound")
    q = 1
unbound()
def cond_def(flag):
    if flag:
        w = 1
    return w
try:
    cond_def(False)
except UnboundLocalError:
    print("cond unbound")
x = "global"
def reads_global():
    return x
def shadows():
    x = "local"
    def inner():
        return x
    return inner()
print(reads_global(), shadows())
class Cls:
    x = "class"
    def m(self):
        return x
    y = x
print(Cls().m(), Cls.y)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2()
    return l1()
print(deep())
def freevar_class():
    val = "fv"
    class Q:
        val2 = val
        def meth(self):
            return val
    return Q.val2, Q().meth()
print(freevar_class())
def class_shadow():
    x = 1
    class R:
        x = 2
        def m(self):
            return x
    return R().m()
print(class_shadow())
def del_cell():
    z = 3
    def f():
        return z
    del z
    try:
        f()
    except NameError as e:
        print("free unbound")
del_cell()
def nonlocal_del():
    z = 1
    def f():
        nonlocal z
        del z
    f()
    try:
        print(z)
    except NameError:
        print("deleted via nonlocal")
nonlocal_del()
def global_in_nested():
    def setg():
        global newglobal
        newglobal = "set"
    setg()
global_in_nested()
print(newglobal)
lst = [1, 2, 3]
del lst[1], lst[0]
print(lst)
def walrus_scope():
    [(w := i) for i in range(3)]
    return w
print(walrus_scope())
def locals_test():
    aa = 1
    bb = 2
    return sorted(locals())
print(locals_test())
exec("print('exec ok')")
print(eval("1 + 2"))
