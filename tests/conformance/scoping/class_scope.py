# Class bodies: names not visible in methods, comprehensions in class bodies, nested classes, __qualname__.
x = "module x"
class A:
    x = "class x"
    y = x + " used in body"
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = [i for i in range(3)]
    def uses_class_name(self):
        return A.x
print(A.y, A().method(), A.z, A.w, A().uses_class_name())
def factory(value):
    class Inner:
        attr = value
        def get(self):
            return value
    return Inner
C = factory(42)
print(C.attr, C().get(), C.__qualname__)
class Outer:
    val = 1
    class Nested:
        try:
            val2 = val
        except NameError as e:
            val2 = str(e)
        def who(self):
            return type(self).__qualname__
print(Outer.Nested.val2, Outer.Nested().who())
class Counter:
    count = 0
    count += 1
    count = count * 10
    names = []
    for n in ("a", "b"):
        names.append(n)
    del n
print(Counter.count, Counter.names, hasattr(Counter, "n"))
def func():
    y = "func local"
    class K:
        y = "class local"
        def m(self):
            return y
        gen_result = list(y for _ in range(1))
    return K().m(), K.y, K.gen_result
print(func())
class Shadow:
    print = lambda *a: None
    len = len("abc")
print(Shadow.len)
class UsesGlobal:
    global gvar
    gvar = "set from class body"
print(gvar)
class Annotated:
    a: int = 1
    b: str
print(Annotated.__annotations__, hasattr(Annotated, "b"))
