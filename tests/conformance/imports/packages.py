# A package with __init__, submodules, subpackages and relative imports.
import shapes
print("--- after import shapes")
from shapes.flat import Square, Circle
from shapes import describe
import shapes.solids
from shapes.solids import Cube
print(describe(Square(2)), describe(Circle(1)), describe(Cube(2)))
print(shapes.registry)
print(shapes.__name__, shapes.__package__, shapes.solids.__package__, shapes.flat.__package__)
print(shapes.Shape is shapes.base.Shape, shapes.solids.Square is Square)
print(sorted(k for k in vars(shapes) if not k.startswith("__")))
from shapes import *
print(sorted(n for n in ("Shape", "flat", "describe", "registry") if n in globals()))
import shapes.solids.cube as cube_mod
print(cube_mod.__name__, cube_mod.Cube is Cube)
