# Cells and free variables: parameter cells, class cells, nested closures, nonlocal, __class__.
def counter(start, step=1):
    def inc():
        nonlocal start
        start += step
        return start
    return inc

c = counter(10, 5)
print(c(), c(), c.__code__.co_freevars, counter.__code__.co_cellvars)

def outer(a, b, *args, **kw):
    def inner():
        return a, b, args, kw
    a = a * 2
    return inner

print(outer(1, 2, 3, k=4)())

def deep():
    x = 1
    def l1():
        y = 2
        def l2():
            z = 3
            def l3():
                return x + y + z
            return l3
        return l2
    return l1()()()

print(deep())

class Base:
    def who(self):
        return "base"

class Derived(Base):
    def who(self):
        return "derived+" + super().who()
    def cls(self):
        return __class__.__name__
    @classmethod
    def make(cls):
        return super().__new__(cls)

print(Derived().who(), Derived().cls(), type(Derived.make()).__name__)

def class_in_function(v):
    class K:
        attr = v
        def get(self):
            return v, self.attr
    return K().get()

print(class_in_function("val"))

def late_binding():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]

print(late_binding())

def cell_param_deleted(p):
    def get():
        return p
    del p
    try:
        return get()
    except NameError as e:
        return "NameError: " + str(e)

print(cell_param_deleted(5))

def generic_in_class():
    class Box[T]:
        def put(self, item: T) -> T:
            return item
        type Alias = list[T]
    return Box().put(3), Box.__type_params__, Box.Alias.__value__

print(generic_in_class())

def comprehension_cell():
    xs = [lambda: y for y in range(2)]
    y = "outer y"
    return [f() for f in xs], y

print(comprehension_cell())
