# Functions, methods, builtin methods and callables: their types, __self__, __func__, bound-method equality.
class C:
    def m(self):
        return "m"
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "sm"
    def __call__(self, x):
        return x * 2
c = C()
print(type(C.m).__name__, type(c.m).__name__, type(C.cm).__name__, type(c.sm).__name__, type(len).__name__,
      type([].append).__name__, type(str.upper).__name__, type(dict.fromkeys).__name__, type(C.__dict__["cm"]).__name__)
print(c.m(), C.m(c), c.cm(), C.cm(), c.sm(), C.sm(), c(21), callable(c), callable(C.m))
print(c.m == c.m, c.m is c.m, c.m.__self__ is c, c.m.__func__ is C.m, C.cm.__self__ is C, [].append.__self__ == [])
print(len.__self__.__name__, [1].append.__name__, [1].append.__qualname__, str.upper.__qualname__, object.__init__.__qualname__)
def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    return a
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames,
      f.__doc__, f.__name__, f.__annotations__, f.__dict__, f.__closure__, f.__globals__ is globals())
def g(x: int, *, y: "str" = "") -> list:
    pass
print(g.__annotations__)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(type(outer().__closure__[0]).__name__, outer().__closure__[0].cell_contents, outer().__code__.co_freevars)
f.attr = "custom"
print(f.attr, f.__dict__)
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    c.m.attr = 1
except AttributeError as e:
    print("AttributeError", e)
