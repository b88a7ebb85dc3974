# Zero-argument super() in methods, classmethods, staticmethod failures, and __class__.
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    def __repr__(self):
        return "A()"
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    def cls_cell(self):
        return __class__
    def from_lambda(self):
        return (lambda: super().hello())()
    def from_comprehension(self):
        return [super().hello() for _ in range(2)]
class C(B):
    def hello(self):
        return "C>" + super().hello()
print(C().hello(), C.make(), C().cls_cell().__name__, C().from_comprehension())
try:
    C().from_lambda()
except RuntimeError as e:
    print("RuntimeError from lambda:", e)
print(super(B, C()).hello(), super(C, C).make())
class D(A):
    @staticmethod
    def broken():
        return super().hello()
try:
    D.broken()
except RuntimeError as e:
    print("RuntimeError:", e)
def outside(self):
    return super().hello()
try:
    outside(C())
except RuntimeError as e:
    print("RuntimeError:", e)
class E(A):
    def method(self):
        def nested():
            return super().hello()
        return nested()
try:
    E().method()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
class F(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __init_subclass__(cls):
        super().__init_subclass__()
print(F().ok, super(F, F()).__repr__(), repr(super(A, A())).startswith("<super"))
