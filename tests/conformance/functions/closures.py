# Closures capture variables, not values; cells are shared between closures.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def adders():
    return [lambda x, n=n: x + n for n in range(4)]
print([a(10) for a in adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed later"
    return middle()
print(outer()())

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    multiply.factor_name = f"times{factor}"
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.factor_name, double.__closure__[0].cell_contents)
print(make_counter.__code__.co_cellvars, inc.__code__.co_freevars)

def accumulate():
    items = []
    def add(x):
        items.append(x)
        return items
    return add
acc = accumulate()
acc(1); acc(2)
print(acc(3))
def late_binding():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    value = 5
    return show()
print(late_binding())
