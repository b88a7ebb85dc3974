# The set of names in builtins (sorted), and for each callable its kind, so missing or extra builtins show up.
import sys
names = sorted(n for n in dir(sys.modules["builtins"]) if not n.startswith("_") or n in ("__import__", "__build_class__"))
# Added by the site module, not by builtins itself.
skip = {"copyright", "credits", "license", "exit", "quit", "help"}
names = [n for n in names if n not in skip]
for n in names:
    v = getattr(sys.modules["builtins"], n)
    kind = "type" if isinstance(v, type) else type(v).__name__
    print(n, kind)
print(len(names))
