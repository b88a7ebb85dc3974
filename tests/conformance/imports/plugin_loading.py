# Loading plugins by name with __import__ and module attributes.
import plugins
for name in ["beta", "alpha"]:
    mod = __import__(f"plugins.{name}", fromlist=["run"])
    print(mod.__name__, mod.run())
print(plugins.LOADED)
import sys
print(sorted(k for k in sys.modules if k.startswith("plugins")))
top = __import__("plugins.alpha")
print(top.__name__, top.alpha.run())
