def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
class Box[T]:
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
print(Box(5).get(), Box.__type_params__, Box[int])
type Alias = list[int]
print(Alias.__value__, Alias.__name__)
type Pair[A, B] = tuple[A, B]
print(Pair.__type_params__, Pair[int, str])
def bounded[T: int, *Ts, **P](a: T) -> T:
    return a
print(bounded.__type_params__, bounded.__type_params__[0].__bound__)
def constrained[S: (str, bytes)](s: S) -> S:
    return s
print(constrained.__type_params__[0].__constraints__)
class Sub[T](Box[T]):
    pass
print(Sub.__mro__[1].__name__, Sub.__orig_bases__ if hasattr(Sub, "__orig_bases__") else None)
def with_defaults[T](a, b=1, *, c=2):
    return a, b, c
print(with_defaults(0))
class Outer:
    class Inner[U]:
        def m(self, x: U) -> U:
            return x
    def meth[V](self, v: V) -> V:
        return v
print(Outer.Inner.__qualname__, Outer().meth(3), Outer.meth.__qualname__)
type Rec = list[Rec] | int
print(Rec.__value__)
class Annot[T]:
    attr: T
    def m(self) -> "T":
        pass
print(Annot.__annotations__)
