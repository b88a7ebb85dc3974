# getattr, setattr, delattr, hasattr, vars, dir: normal use and wrong argument types.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class C:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def method(self):
        return "m"
c = C()
show("getattr", lambda: [getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "nope", "dflt"), getattr(c, "method")()])
show("getattr missing", lambda: getattr(c, "nope"))
show("getattr nonstr", lambda: getattr(c, 5))
show("getattr 1 arg", lambda: getattr(c))
show("getattr int attr", lambda: getattr(5, "real"))
show("getattr none", lambda: getattr(None, "x"))
show("setattr", lambda: (setattr(c, "y", 2), c.y)[1])
show("setattr nonstr", lambda: setattr(c, 1, 2))
show("setattr int", lambda: setattr(5, "x", 1))
show("setattr builtin type", lambda: setattr(int, "x", 1))
show("setattr object()", lambda: setattr(object(), "x", 1))
show("delattr", lambda: (delattr(c, "y"), hasattr(c, "y"))[1])
show("delattr missing", lambda: delattr(c, "y"))
show("delattr class attr via inst", lambda: delattr(c, "cls_attr"))
show("delattr nonstr", lambda: delattr(c, None))
show("hasattr", lambda: [hasattr(c, "x"), hasattr(c, "zz"), hasattr(1, "real"), hasattr(None, "__class__")])
show("hasattr nonstr", lambda: hasattr(c, 1))
class Raiser:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("not an AttributeError")
        raise AttributeError(name)
show("hasattr propagates", lambda: hasattr(Raiser(), "boom"))
show("hasattr false", lambda: hasattr(Raiser(), "quiet"))
show("vars", lambda: [vars(c), sorted(k for k in vars(C) if not k.startswith("__"))])
show("vars int", lambda: vars(5))
show("vars 2 args", lambda: vars(1, 2))
show("dir", lambda: [n for n in dir(c) if not n.startswith("__")])
show("dir module sys has path", lambda: "path" in dir(__import__("sys")))
class D:
    def __dir__(self):
        return ["b", "a", "c"]
show("dir custom", lambda: dir(D()))
class BadDir:
    def __dir__(self):
        return 5
show("dir bad", lambda: dir(BadDir()))
show("dir 2 args", lambda: dir(1, 2))
show("slots", lambda: type("S", (), {"__slots__": ("a",)})().__dict__)
