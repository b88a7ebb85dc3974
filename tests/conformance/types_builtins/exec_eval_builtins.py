# eval, exec, compile, globals, locals: namespaces, modes, results and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("eval", lambda: [eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval(" 3 ")])
show("eval builtins present", lambda: eval("len('ab')", {}))
show("eval no builtins", lambda: eval("len('ab')", {"__builtins__": {}}))
show("eval stmt", lambda: eval("x = 1"))
show("eval int", lambda: eval(5))
show("eval globals list", lambda: eval("1", []))
show("eval locals int", lambda: eval("1", {}, 5))
show("eval syntax", lambda: eval("1 +"))
show("eval name", lambda: eval("undefined_name"))
ns = {}
exec("a = 1\ndef f():\n    return a + 1\nb = f()", ns)
print("exec ns", ns["a"], ns["b"], "__builtins__" in ns, sorted(k for k in ns if k != "__builtins__"))
show("exec returns", lambda: exec("1"))
show("exec code", lambda: exec(compile("z = 5", "<s>", "exec"), {}))
show("exec int", lambda: exec(42))
show("exec indent", lambda: exec("  x = 1"))
code = compile("a + b", "<expr>", "eval")
print("compile", type(code).__name__, code.co_filename, eval(code, {"a": 1, "b": 2}), code.co_names)
show("compile single", lambda: exec(compile("5", "<s>", "single")))
show("compile mode", lambda: compile("1", "<s>", "weird"))
show("compile type", lambda: compile(5, "<s>", "exec"))
show("compile bytes", lambda: eval(compile(b"7 * 6", "<b>", "eval")))
show("compile syntax", lambda: compile("def", "<bad>", "exec"))
try:
    compile("x = (1,\n", "prog.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
g = globals()
print("globals", g is globals(), g["__name__"], "show" in g, type(g).__name__)
def loc(p=1):
    q = 2
    return sorted(locals().items())
print("locals", loc(), locals() is globals())
show("globals arg", lambda: globals(1))
show("locals arg", lambda: locals(1))
def outer():
    x = 1
    def inner():
        return eval("x")
    return inner()
show("eval free var", outer)
