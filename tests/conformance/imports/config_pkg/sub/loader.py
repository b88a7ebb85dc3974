from ..defaults import DEFAULTS
from .. import defaults as defaults_module


def load(overrides):
    merged = dict(DEFAULTS)
    merged.update(overrides)
    merged["source"] = defaults_module.__name__
    return merged
