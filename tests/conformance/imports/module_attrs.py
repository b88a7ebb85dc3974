# Module-level dunders and globals of the main script and an imported module.
import _helpers
print(__name__, __doc__, __package__ if __package__ else repr(__package__))
print(type(__builtins__).__name__ in ("module", "dict"), "__file__" in globals())
print(_helpers.__name__, _helpers.__package__ == "", _helpers.__spec__.name if _helpers.__spec__ else None)
print(__file__.endswith("module_attrs.py"), _helpers.__file__.endswith("_helpers.py"))
g = globals()
print(g is globals(), g["__name__"])
print(getattr(_helpers, "VERSION"), hasattr(_helpers, "nope"))
setattr(_helpers, "added", 1)
print(_helpers.added, vars(_helpers)["added"])
del _helpers.added
try:
    _helpers.added
except AttributeError as e:
    print("AttributeError:", e)
