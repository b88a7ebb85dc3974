# ImportError and ModuleNotFoundError messages and attributes.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name =", e.name)
try:
    from _helpers import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name =", e.name)
try:
    import shapes.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from shapes import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import _helpers.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
