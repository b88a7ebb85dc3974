# globals() is the live module namespace; functions see writes through it; __builtins__ lookup fallbacks.
def read(name):
    return globals().get(name, "<missing>")
def get_v():
    return v
globals()["v"] = "created through globals()"
print(get_v(), read("v"))
globals().update({"w": 1, "x": 2})
print(w + x)
del globals()["w"]
print(read("w"))
names = [n for n in globals() if not n.startswith("__")]
print(sorted(names))
ns = {}
exec("a = 1\ndef f():\n    return a + 1\nb = f()", ns)
print(ns["b"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
local_ns = {}
exec("c = 5\nd = c * 2", {}, local_ns)
print(local_ns)
print(eval("v.upper()"), eval("x * 10", {"x": 4}), eval("y", {}, {"y": "local y"}))
code = compile("result = sum(range(n))", "<generated>", "exec")
env = {"n": 10}
exec(code, env)
print(env["result"], code.co_filename, type(code).__name__)
