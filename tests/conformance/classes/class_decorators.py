# Class decorators: registering, adding methods, wrapping __init__, returning a different object.
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    original = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
def singleton(cls):
    instance = cls()
    return instance
@register
@add_repr
@count_instances
class User:
    def __init__(self, name, admin=False):
        self.name, self.admin = name, admin
@register
@add_repr
class Group:
    def __init__(self, *members):
        self.members = list(members)
u1, u2 = User("ann"), User("bob", admin=True)
print(u1, u2, User.instances)
print(Group(u1, u2))
print(sorted(registry), registry["user"] is User)
@singleton
class Settings:
    debug = False
    def toggle(self):
        self.debug = not self.debug
        return self.debug
print(type(Settings).__name__, Settings.toggle(), Settings.toggle())
def with_slots(*names):
    def deco(cls):
        return type(cls.__name__, cls.__bases__, {**{k: v for k, v in vars(cls).items() if k not in ("__dict__", "__weakref__")}, "__slots__": names})
    return deco
@with_slots("a", "b")
class Compact:
    def total(self):
        return self.a + self.b
c = Compact()
c.a, c.b = 2, 3
print(c.total(), hasattr(c, "__dict__"), Compact.__slots__)
