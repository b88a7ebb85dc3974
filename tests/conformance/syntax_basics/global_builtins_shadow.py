# Shadowing builtins with globals and locals, then restoring.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
list = lambda *a: "fake list"
print(list(1, 2))
del list
print(list("ab"))
def uses_max(values):
    max = 0
    for v in values:
        if v > max:
            max = v
    return max
print(uses_max([3, 7, 2]), max([3, 7, 2]))
import sys
builtins_mod = sys.modules["builtins"] if hasattr(sys, "modules") else None
print(type(__builtins__).__name__ in ("module", "dict"))
str = 5
print(str)
del str
print(str(5) + "!")
try:
    del undefined_name
except NameError as e:
    print(e)
