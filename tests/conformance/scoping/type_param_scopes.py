# PEP 695 annotation scopes: type parameters are visible in the function/class, not outside; lazy aliases.
def identity[T](x: T) -> T:
    return x
print(identity(5), identity.__type_params__[0].__name__)
try:
    T
except NameError as e:
    print("NameError:", e)
class Box[T]:
    kind = "box"
    def get(self) -> T:
        return "T is " + T.__name__
print(Box().get(), Box.__type_params__)
type Lazy = UndefinedUntilLater
try:
    Lazy.__value__
except NameError as e:
    print("NameError on first use:", e)
UndefinedUntilLater = int
print(Lazy.__value__)
def outer():
    x = "closure value"
    def inner[U]() -> U:
        return x
    return inner()
print(outer())
class Outer:
    attr = "class attr"
    def method[V](self):
        return V.__name__
print(Outer().method())
type Recursive = list[Recursive] | int
print(Recursive.__value__)
