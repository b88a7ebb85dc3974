# A relative import in the main script has no parent package: ImportError, then an uncaught one.
print("__package__ of the script:", repr(__package__))
try:
    from . import _helpers
except ImportError as e:
    print("ImportError:", e)
from .config_pkg import DEFAULTS
