"""Support module: plain functions and module-level state for the imports programs."""
print(f"_helpers imported as {__name__}")
CALLS = []
VERSION = (1, 2)


def record(name):
    CALLS.append(name)
    return len(CALLS)


def _private():
    return "private helper"
