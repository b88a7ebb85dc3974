# args, str and repr of builtin exceptions; KeyError's repr-style str; StopIteration.value; SystemExit.code.
for exc in [Exception(), Exception("m"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError(), KeyError(1, 2),
            KeyError(""), IndexError("i"), TypeError(1), StopIteration(), StopIteration(5), StopIteration(1, 2),
            SystemExit(), SystemExit(3), SystemExit("msg", 2), KeyboardInterrupt(), ArithmeticError("x"),
            ZeroDivisionError("division by zero"), AssertionError(), RuntimeError(""), NotImplementedError("nie")]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit().code,
      SystemExit(1, 2).code)
e = ValueError("base")
e.args = ("changed", 2)
print(str(e), repr(e), e.args)
e.args = "xy"
print(e.args)
print(AttributeError("a", name="n", obj=5).name, AttributeError("a").obj, NameError("n", name="nm").name)
try:
    undefined_thing
except NameError as ne:
    print(ne.name, ne.args, str(ne))
try:
    (5).nope
except AttributeError as ae:
    print(ae.name, ae.obj, ae.args)
print(ImportError("msg", name="mod", path="/p").name, ImportError("msg", path="/p").path, str(ImportError("x", name="y")))
print(ModuleNotFoundError("m").msg, ImportError().msg, ImportError(1, 2).args)
try:
    import no_such_kiln_module
except ModuleNotFoundError as me:
    print(type(me).__name__, me.name, me.msg)
try:
    ImportError(bad=1)
except TypeError as te:
    print("TypeError", te)
print(BaseException.__subclasses__()[:0], Exception.__bases__, BaseException.__bases__, ValueError.__mro__)
