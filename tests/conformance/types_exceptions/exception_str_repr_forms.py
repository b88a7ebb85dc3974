# str() and repr() for exceptions with zero, one or many args, non-str args, and subclasses overriding __repr__.
classes = [Exception, ValueError, KeyError, LookupError, OSError, SyntaxError, UnicodeError, StopIteration, SystemExit,
           Warning, DeprecationWarning, GeneratorExit, RecursionError, NameError, AttributeError, ImportError]
for cls in classes:
    for args in [(), ("msg",), (1,), ("a", "b"), (None,), ([1],)]:
        try:
            e = cls(*args)
        except TypeError as err:
            print(cls.__name__, args, "TypeError", err)
            continue
        print(cls.__name__, args, repr(str(e)), repr(e))
class Custom(Exception):
    def __repr__(self):
        return "Custom!"
print(str(Custom("x")), repr(Custom("x")), [Custom()], "%s %r" % (Custom("y"), Custom("y")))
