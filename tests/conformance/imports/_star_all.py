"""Support module for star imports with __all__."""
__all__ = ["exported", "also_exported"]
exported = 1
also_exported = 2
not_exported = 3
_private_but_listed = 4
