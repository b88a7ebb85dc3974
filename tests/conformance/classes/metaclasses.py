# Metaclasses: __new__, __init__, __call__, __prepare__, class keywords and registries.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Registry.__new__({name}, bases={[b.__name__ for b in bases]}, kwargs={kwargs})")
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kwargs.get("tag", name.lower())
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print(f"Registry.__init__({name})")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__}{args}")
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst
class Plugin(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x
class Audio(Plugin, tag="snd"):
    pass
class Video(Plugin):
    pass
print(Registry.classes, Plugin.tag, Audio.tag, Video.tag)
a = Audio(5)
print(a.x, a.created_by_meta, type(Audio).__name__, type(a).__name__, isinstance(Audio, Registry))

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def method(self): pass
print(Record.fields, Record.injected)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
Dyn = type("Dyn", (Plugin,), {"y": 9, "show": lambda self: f"Dyn x={self.x} y={self.y}"})
print(Dyn(7).show(), Dyn.tag, Registry.classes)
class Meta2(type):
    def __repr__(cls):
        return f"<Meta2 class {cls.__name__}>"
    def __len__(cls):
        return 99
class WithMeta2(metaclass=Meta2): pass
print(WithMeta2, len(WithMeta2), type(WithMeta2))
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class Both(C1, C2): pass
except TypeError as e:
    print("TypeError:", e)
