# __new__ and __init__ interplay: __init__ skipped when __new__ returns another type; __init__ must return None.
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("allocated")
        return cls._inst
    def __init__(self):
        print("init runs each time")
a = Singleton()
b = Singleton()
print(a is b)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
class Factory:
    def __new__(cls, kind):
        sub = {"a": FA, "b": FB}[kind]
        return super().__new__(sub)
    def __init__(self, kind):
        self.kind = kind
class FA(Factory):
    pass
class FB(Factory):
    pass
fa, fb = Factory("a"), Factory("b")
print(type(fa).__name__, fa.kind, type(fb).__name__, fb.kind)
class Counted:
    created = 0
    def __init__(self):
        type(self).created += 1
class Sub(Counted):
    pass
Counted(); Sub(); Sub()
print(Counted.created, Sub.created)
class Cls:
    pass
obj = Cls()
obj.__class__ = Sub
print(type(obj).__name__, isinstance(obj, Counted))
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError", e)
