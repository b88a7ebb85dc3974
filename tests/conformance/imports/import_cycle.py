# A circular import between two modules of a package: partially initialised modules are visible.
import geometry_cycle
from geometry_cycle import a, b
print(a.from_a(), b.B_VALUE, a.A_EARLY)
print(geometry_cycle.a is a, geometry_cycle.b is b)
