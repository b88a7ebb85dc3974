# property with getter/setter/deleter and docstring, read-only errors, __set_name__, and classmethod/staticmethod objects.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
del t.celsius
print(t.celsius)
for bad in [lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit"), lambda: setattr(t, "celsius", -300)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        return "%s.%s" % (self.owner, self.name)
class Host:
    first = Named()
    second = Named()
print(Host.first, Host().second)
cm = classmethod(lambda cls: cls.__name__)
sm = staticmethod(lambda: "static")
class Uses:
    c = cm
    s = sm
print(Uses.c(), Uses().c(), Uses.s(), Uses().s(), cm.__func__(int), sm.__func__(), isinstance(sm, staticmethod))
p = property(lambda self: 1)
print(p.fset, p.fdel, p.__isabstractmethod__, property().fget)
try:
    property(lambda self: 1).__get__(5)()
except TypeError as e:
    print("TypeError", e)
