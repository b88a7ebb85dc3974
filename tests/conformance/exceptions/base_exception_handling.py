# BaseException subclasses (SystemExit, KeyboardInterrupt, GeneratorExit) versus Exception handlers.
def raiser(exc):
    try:
        raise exc
    except Exception as e:
        return f"Exception handler: {type(e).__name__}"
    except BaseException as e:
        return f"BaseException handler: {type(e).__name__}"
for exc in (ValueError, SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration, BaseExceptionGroup("g", [KeyboardInterrupt()]), ExceptionGroup("g", [ValueError()])):
    print(raiser(exc))
class MyBase(BaseException):
    pass
print(raiser(MyBase("custom base")))
try:
    try:
        raise MyBase("escapes except Exception")
    except Exception:
        print("wrong")
except MyBase as e:
    print("outer caught", repr(e))
def gen():
    try:
        yield 1
    except Exception:
        print("GeneratorExit is not an Exception")
    finally:
        print("generator cleanup")
g = gen()
next(g)
g.close()
try:
    raise BaseException("plain base")
except BaseException as e:
    print(repr(e), isinstance(e, Exception))
print([c.__name__ for c in BaseException.__subclasses__() if c.__name__ != "Exception"] == [] or sorted(c.__name__ for c in BaseException.__subclasses__()))
raise MyBase("uncaught custom BaseException")
