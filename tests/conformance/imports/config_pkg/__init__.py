"""Package whose __init__ re-exports from submodules and defines __getattr__ for lazy attributes (PEP 562)."""
from .defaults import DEFAULTS
from .sub.loader import load
__all__ = ["DEFAULTS", "load", "settings"]
_lazy_calls = []


def __getattr__(name):
    if name == "settings":
        _lazy_calls.append(name)
        return load({"debug": True})
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(__all__ + ["_lazy_calls"])
