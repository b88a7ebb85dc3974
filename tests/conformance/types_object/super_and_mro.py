# super() in diamonds follows the MRO; super with explicit args; super in classmethods; __class__ cell.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], super(B, D()).who(), super(C, D()).who())
class E(A):
    @classmethod
    def make(cls):
        return (cls.__name__, super().who(None) if False else "skip")
    def cls_cell(self):
        return __class__.__name__
class F(E):
    pass
print(F.make(), F().cls_cell(), E.cls_cell.__code__.co_freevars)
sup = super(B, D())
print(type(sup).__name__, sup.__thisclass__.__name__, type(sup.__self__).__name__, sup.__self_class__.__name__)
try:
    super(B, A()).who()
except TypeError as e:
    print("TypeError", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
class G:
    def __init__(self):
        super().__init__()
        self.ok = True
print(G().ok, super(G, G()).__init__ is not None)
