# Function objects: attributes, __name__, __qualname__, __doc__, __module__, annotations, __dict__.
def documented(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """Docstring here.

    More text."""
    return [a, b]
print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__.splitlines()[0])
print(documented.__annotations__)
print(documented.__defaults__, documented.__kwdefaults__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)
def nodoc():
    x = 1
print(nodoc.__doc__, nodoc.__annotations__, nodoc.__defaults__)
nodoc.custom = "attribute"
nodoc.counter = 0
nodoc.counter += 1
print(nodoc.__dict__)
class Holder:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Holder.method.__qualname__, Holder().method().__qualname__, Holder.Nested.deep.__qualname__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
print(type(documented).__name__, type(Holder().method).__name__, callable(documented))
bound = Holder().method
print(bound.__func__ is Holder.method, bound.__self__.__class__.__name__, bound.__name__)
print(len.__name__, len.__qualname__, len.__module__, type(len).__name__)
print(str.upper.__qualname__, type(str.upper).__name__, type("x".upper).__name__)
def f(): pass
print(f.__globals__ is globals(), f.__closure__, f.__kwdefaults__)
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del f.__name__
except TypeError as e:
    print("TypeError:", e)
