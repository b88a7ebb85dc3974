# Abstract-method pattern without abc: NotImplementedError, template methods, mixins.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Blob(Shape): pass
for s in (Rect(2, 3), Circle(1.5), Blob()):
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in vars(self).items():
            parts.append(f'"{k}": {v!r}'.replace("'", '"'))
        return "{" + ", ".join(parts) + "}"
class CompareMixin:
    def _key(self):
        return tuple(vars(self).values())
    def __eq__(self, o): return self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
class User(JsonMixin, CompareMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self): return f"User({self.name})"
users = [User("zed", 20), User("amy", 30), User("amy", 25)]
print([u.to_json() for u in users])
print(sorted(users), User("a", 1) == User("a", 1), [c.__name__ for c in User.__mro__])
