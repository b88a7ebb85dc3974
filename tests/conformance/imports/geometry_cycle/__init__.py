print("geometry_cycle package start")
from . import a
print("geometry_cycle package end")
