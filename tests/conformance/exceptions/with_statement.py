# with statements: __enter__/__exit__ order, suppression, exceptions in __exit__, multiple managers.
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress
with Resource("a") as r:
    print("body with", r.name)
with Resource("outer") as o, Resource("inner") as i:
    print("body with both", o.name, i.name)
with Resource("suppressing", suppress=True):
    raise ValueError("suppressed")
print("after suppression")
try:
    with Resource("non-suppressing"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with (
    Resource("p1") as p1,
    Resource("p2", suppress=True) as p2,
):
    raise RuntimeError("p2 suppresses")
print("parenthesised managers done")
def early_return():
    with Resource("in function"):
        return "returned"
print(early_return())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
class NotAManager: pass
try:
    with NotAManager():
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string suppresses"
with Truthy():
    1 / 0
print("suppressed by truthy")
with Resource("target") as (x):
    pass
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (a, b):
    print("unpacked", a, b)
