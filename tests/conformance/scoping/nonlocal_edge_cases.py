# nonlocal edge cases: shadowing levels, closures in loops, cell deletion, nonlocal after use.
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    return mid(), x
print(outer())
def cell_delete():
    v = "alive"
    def read():
        return v
    print(read())
    del v
    try:
        read()
    except NameError as e:
        print("NameError:", e)
cell_delete()
def loop_cells():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    shared = []
    for j in range(3):
        shared.append(lambda: j)
    return [f() for f in fns], [s() for s in shared]
print(loop_cells())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def dec():
        nonlocal n
        n -= 1
    def get():
        return n
    return inc, dec, get
inc, dec, get = counter_pair()
inc(); inc(); inc(); dec()
print(get())
def param_cell(p):
    def show():
        return p
    p = p * 2
    return show()
print(param_cell(21))
def class_in_closure():
    secret = "s3cret"
    class Holder:
        def reveal(self):
            return secret
        value = secret
    return Holder().reveal(), Holder.value
print(class_in_closure())
def gen_closure():
    state = []
    def gen():
        for i in range(3):
            state.append(i)
            yield len(state)
    return list(gen()), state
print(gen_closure())
