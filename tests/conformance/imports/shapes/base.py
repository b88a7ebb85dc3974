print(f"shapes.base running, __name__={__name__}, __package__={__package__}")


class Shape:
    def area(self):
        raise NotImplementedError

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        from . import registry
        registry.append(cls.__name__)
