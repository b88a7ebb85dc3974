from ..base import Shape
from .. import flat as _flat


class Cube(Shape):
    def __init__(self, s):
        self.face = _flat.Square(s)

    def area(self):
        return 6 * self.face.area()
