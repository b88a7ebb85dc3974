"""Support module for star imports without __all__: names starting with _ are skipped."""
public_a = "a"
public_b = "b"
_hidden = "hidden"


def public_func():
    return "public_func"
