# property: getter/setter/deleter, read-only errors, inheritance and docs.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.fahrenheit.fset, Temperature.celsius.fget.__name__)
class Kelvin(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c + 273.15, 2)
k = Kelvin(1)
print(k.celsius, k.fahrenheit)
k.celsius = 2
print(k.celsius)
def get_x(self): return self._x * 2
def set_x(self, v): self._x = v
class Old:
    x = property(get_x, set_x, None, "x doubled")
o = Old()
o.x = 21
print(o.x, Old.x.__doc__)
class Lazy:
    @property
    def value(self):
        print("computing")
        self.__dict__["cached"] = 99
        return self.__dict__["cached"]
l = Lazy()
print(l.value, l.value)
class Broken:
    @property
    def bad(self):
        return self.missing
try:
    Broken().bad
except AttributeError as e:
    print("AttributeError:", e)
