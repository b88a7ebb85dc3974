# Exception attributes: args, str/repr of various arities, OSError fields, StopIteration.value, etc.
for e in [Exception(), Exception("one"), Exception("one", 2), Exception(None), ValueError([1, 2]), KeyError("k"), KeyError(),
          KeyError("a", "b"), IndexError(3), UnicodeError("u")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(2, "x")).__name__, OSError(13, "perm").errno, str(OSError("just message")))
print(repr(FileNotFoundError(2, "gone")), str(FileNotFoundError(2, "gone", "f.txt")))
print(IOError is OSError, EnvironmentError is OSError)
s = StopIteration(5)
print(s.value, s.args, StopIteration().value)
si = SystemExit(3)
print(si.code, SystemExit().code, SystemExit(1, 2).code)
ki = KeyboardInterrupt()
print(isinstance(ki, Exception), isinstance(ki, BaseException))
ne = NameError("n", name="variable")
print(ne.name, ne.args)
ie = ImportError("cannot import", name="mod", path="/nowhere")
print(ie.name, ie.path, ie.msg, str(ie))
se = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
e = Exception("mutable")
e.args = ("replaced", 1)
print(e, e.args)
e.custom = 5
print(e.custom, e.__dict__)
e2 = ValueError("x")
print(e2.__traceback__, e2.__context__, e2.__cause__, e2.__suppress_context__)
try:
    raise e2
except ValueError:
    pass
print(type(e2.__traceback__).__name__, e2.__traceback__.tb_lineno)
print(sorted(c.__name__ for c in BaseException.__subclasses__()), sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in RecursionError.__mro__])
print(issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError))
