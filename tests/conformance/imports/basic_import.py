# Importing a sibling module: module objects, attributes, single execution, aliases.
import sys
import _helpers
import _helpers as h2
from _helpers import record, VERSION as V
print(_helpers is h2, _helpers.__name__, type(_helpers).__name__)
print(record("one"), record("two"), _helpers.CALLS, V)
import _helpers
print("imported again without re-running")
print(sorted(n for n in dir(_helpers) if not n.startswith("__")))
print(_helpers._private(), _helpers.__doc__.split(":")[0])
_helpers.NEW_ATTR = "set from importer"
from _helpers import NEW_ATTR
print(NEW_ATTR, "_helpers" in sys.modules, sys.modules["_helpers"] is _helpers)
print(__name__, _helpers.__file__.endswith("_helpers.py"))
