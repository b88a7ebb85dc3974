# Infinite recursion through dunder methods and properties is caught as RecursionError.
class Loop:
    def __eq__(self, other):
        return self == other
    def __len__(self):
        return len(self)
    @property
    def prop(self):
        return self.prop
    def __add__(self, other):
        return self + other
    def __str__(self):
        return str(self)
    __hash__ = object.__hash__
l = Loop()
for label, action in [("==", lambda: l == 1), ("len", lambda: len(l)), ("property", lambda: l.prop),
                      ("+", lambda: l + 1), ("str", lambda: str(l)), ("in list", lambda: 1 in [l])]:
    try:
        action()
    except RecursionError as e:
        print(label, "->", type(e).__name__ + ":", e)
class Setter:
    def __setattr__(self, name, value):
        setattr(self, name, value)
try:
    Setter().x = 1
except RecursionError as e:
    print("setattr ->", e)
class Init:
    def __init__(self):
        self.child = Init()
try:
    Init()
except RecursionError as e:
    print("__init__ ->", e)
print("recovered normally")
