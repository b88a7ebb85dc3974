"""A package with subpackages, relative imports and __all__."""
print(f"shapes/__init__ running, __name__={__name__}, __package__={__package__}")
registry = []
from .base import Shape
from . import flat
__all__ = ["Shape", "flat", "describe"]


def describe(shape):
    return f"{type(shape).__module__}.{type(shape).__name__} area={shape.area():.2f}"
