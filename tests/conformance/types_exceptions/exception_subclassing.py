# User exception subclasses: custom __init__/__str__, args handling, attributes, pickling-free reduce, catch order.
class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
class NotFound(AppError):
    def __str__(self):
        return "not found: %s" % self.detail
e = NotFound(404, "page")
print(repr(e), str(e), e.args, e.code, isinstance(e, AppError), NotFound.__mro__[1].__name__)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(repr(NoSuper(1, 2)), NoSuper(1, 2).args, str(NoSuper(1, 2)))
class Attrs(ValueError):
    pass
a = Attrs("x")
a.extra = [1]
print(a.extra, a.__dict__, repr(a), Attrs.__name__, Attrs.__qualname__, Attrs.__module__)
print(e.__reduce__()[0].__name__, e.__reduce__()[1], ValueError("v").__reduce__())
def classify(exc):
    try:
        raise exc
    except NotFound:
        return "NotFound"
    except AppError as err:
        return "AppError %s" % (err.code,)
    except (KeyError, IndexError) as err:
        return "lookup " + type(err).__name__
    except Exception:
        return "other"
print([classify(x) for x in [NotFound(1), AppError(2), KeyError(), IndexError(), ValueError(), Attrs()]])
class Base(BaseException):
    pass
try:
    try:
        raise Base("escapes Exception handlers")
    except Exception:
        print("wrong")
except BaseException as b:
    print("BaseException handler", repr(b))
try:
    class Bad(Exception, int):
        pass
except TypeError as err:
    print("TypeError", err)
class Str(Exception):
    def __str__(self):
        return 5
try:
    str(Str())
except TypeError as err:
    print("TypeError", err)
