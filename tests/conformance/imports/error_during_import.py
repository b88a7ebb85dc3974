# A module raising during import: the traceback runs through the import statement into the module.
import sys
try:
    import _raises_on_import
except ValueError as e:
    print("caught:", e)
print("in sys.modules after failure:", "_raises_on_import" in sys.modules)
import _raises_on_import
