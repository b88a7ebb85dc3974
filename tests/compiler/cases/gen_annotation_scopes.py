class C:
    attr = int
    type Alias = attr
    type Gen[T] = dict[T, attr]
    def meth[T](self, x: attr) -> T:
        return x
    class Inner[U: attr]:
        pass
print(C.Alias.__value__, C.Gen.__value__, C.meth.__annotations__, C.Inner.__type_params__[0].__bound__)
def outer():
    local = str
    class D:
        type A = local
        def m[V: local](self):
            return V
    return D
D = outer()
print(D.A.__value__, D().m().__bound__)
class E[T]:
    x: T
    y = 1
    def f(self) -> T:
        return self
    @staticmethod
    def g[S](a: S, b: T) -> tuple[S, T]:
        return a, b
print(E.__annotations__, E.g.__annotations__["return"], E.__type_params__)
class Base[T]:
    def get(self) -> T:
        return "base"
class Child(Base[int]):
    def get(self):
        return "child+" + super().get()
print(Child().get(), Child.__orig_bases__)
class WithSuper[T](Base[T]):
    def get(self):
        return "ws+" + super().get()
print(WithSuper().get(), WithSuper.__mro__[1].__name__)
def func[*Ts, **P](*args: *Ts, **kw: P.kwargs):
    return args
print(func(1, 2), func.__annotations__)
type Recursive[T] = list[Recursive[T]] | T
print(Recursive.__type_params__, Recursive.__value__)
class F:
    x = "class x"
    def method(self):
        return [x for x in range(2)]
    y = [x for _ in range(2)] if False else None
print(F().method())
