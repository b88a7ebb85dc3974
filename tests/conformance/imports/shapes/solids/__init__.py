print(f"shapes.solids/__init__ running, __package__={__package__}")
from ..flat import Square
from .cube import Cube
