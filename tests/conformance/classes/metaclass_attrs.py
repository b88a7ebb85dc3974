# Attributes on metaclasses vs classes vs instances; metaclass methods are not visible on instances.
class Meta(type):
    meta_attr = "from metaclass"
    def meta_method(cls):
        return f"meta_method on {cls.__name__}"
    @property
    def computed(cls):
        return f"computed for {cls.__name__}"
class Model(metaclass=Meta):
    cls_attr = "from class"
m = Model()
print(Model.meta_attr, Model.meta_method(), Model.computed, Model.cls_attr, m.cls_attr)
print(hasattr(m, "meta_attr"), hasattr(m, "meta_method"), hasattr(m, "computed"))
print(type(Model) is Meta, type(m) is Model, isinstance(Model, type), type(Meta) is type)
print(Meta.__mro__, Model.__class__.__name__)
class Child(Model):
    pass
print(type(Child).__name__, Child.meta_method(), Child.computed)
print(type.__name__, type(type), isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(int.__class__, object.__class__, type(int.__dict__).__name__)
class AttrMeta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (via metaclass __getattr__)"
class Dynamic(metaclass=AttrMeta):
    real = 1
print(Dynamic.real, Dynamic.anything, getattr(Dynamic, "other"))
try:
    Dynamic().anything
except AttributeError as e:
    print("AttributeError:", e)
class CallCount(type):
    def __call__(cls, *a, **k):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*a, **k)
class Widget(metaclass=CallCount):
    def __init__(self, n): self.n = n
ws = [Widget(i) for i in range(4)]
print(Widget.made, [w.n for w in ws])
