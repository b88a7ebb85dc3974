x = 10
print(eval("x + 1"), eval("  x * 2"))
ns = {}
exec("def f(a):\n    return a * 3\nresult = f(4)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
def local_eval():
    y = 5
    return eval("y + x")
print(local_eval())
code = compile("z = 7\nprint('in exec', z)", "<test>", "exec")
exec(code)
print(z)
print(eval(compile("1 + 2", "<e>", "eval")))
g = {"a": 1}
l = {"b": 2}
exec("c = a + b", g, l)
print(l["c"], "c" in g)
def loc():
    q = 1
    r = 2
    return sorted(locals().items())
print(loc())
print(globals() is globals(), "x" in globals())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    eval("1", [])
except TypeError as e:
    print(e)
try:
    exec(3)
except TypeError as e:
    print(e)
src = """
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
"""
exec(src)
print(Point(1, 2))
print(type(code).__name__, code.co_filename, code.co_name, code.co_firstlineno)
def h(a, b=1, *c, d, **e):
    zz = 1
    return zz
co = h.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_flags & 0xf, co.co_name, co.co_qualname)
print(list(co.co_lines())[:1] != [], len(list(co.co_positions())) == len(co.co_code) // 2)
co2 = co.replace(co_name="renamed")
print(co2.co_name, co.co_name)
