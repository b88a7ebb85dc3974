# __init_subclass__ with keyword arguments and __set_name__ on descriptors.
class Shape:
    registry = {}
    def __init_subclass__(cls, /, sides=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print(f"registering {cls.__name__} sides={sides}")
        cls.sides = sides
        Shape.registry[cls.__name__] = cls
class Triangle(Shape, sides=3): pass
class Square(Shape, sides=4): pass
class Blob(Shape): pass
class Cube(Square): pass
print(sorted(Shape.registry), Triangle.sides, Cube.sides, Blob.sides)
try:
    class Bad(Shape, sides=1, colour="red"): pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "<unset>")
    def __set__(self, obj, value):
        print(f"set {self.name} = {value!r}")
        setattr(obj, self.private, value)
class Person:
    name = Field()
    age = Field()
    def __init__(self, name):
        self.name = name
p = Person("ann")
print(p.name, p.age, vars(p))
p.age = 30
print(p.age, Person.name.name, Person.age.private)
f = Field()
class Late: pass
Late.x = f
print(hasattr(f, "name"))
class PluginBase:
    plugins = []
    def __init_subclass__(cls, **kw):
        cls.plugins = cls.plugins + [cls.__name__]
class P1(PluginBase): pass
class P2(P1): pass
print(PluginBase.plugins, P1.plugins, P2.plugins)
