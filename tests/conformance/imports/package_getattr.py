# Module-level __getattr__ and __dir__ (PEP 562) in a package, re-exports, and nested relative imports.
import config_pkg
print(config_pkg.DEFAULTS)
print(config_pkg.settings)
print(config_pkg.settings["debug"], config_pkg._lazy_calls)
print(dir(config_pkg))
try:
    config_pkg.nothing
except AttributeError as e:
    print("AttributeError:", e)
from config_pkg import settings
print(settings["source"])
from config_pkg.sub import loader
print(loader.load({"level": 9}))
print(config_pkg.sub.loader is loader, config_pkg.load is loader.load)
