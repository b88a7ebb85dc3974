# Single inheritance, method overriding, super() and isinstance/issubclass.
class Animal:
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
class Cat(Animal):
    sound = "meow"
zoo = [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit"), Cat("tom")]
for a in zoo:
    print(a.describe(), "|", a.speak())
print(Animal.count, Dog.count, zoo[1].tricks)
print(isinstance(zoo[2], Dog), isinstance(zoo[2], Animal), isinstance(zoo[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Cat, (Dog, Animal)))
print(Puppy.__mro__)
print(Puppy.__bases__, Animal.__bases__, object.__bases__)
print(Dog.__subclasses__(), Animal.__subclasses__())
print(Puppy.__name__, Puppy.__qualname__, Puppy.__module__)
print(vars(zoo[1]), "speak" in Dog.__dict__, "describe" in Dog.__dict__)
zoo[3].sound = "purr"
print(zoo[3].speak(), Cat.sound)
del zoo[3].sound
print(zoo[3].speak())
