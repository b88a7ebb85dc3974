# pass, Ellipsis, None and NotImplemented as values.
def stub():
    pass
def stub2():
    ...
print(stub(), stub2(), ..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(None, type(None).__name__, None == None, None is None, repr(None), str(None))
print(NotImplemented, type(NotImplemented).__name__)
class C:
    pass
class D:
    x: int
    ...
print(C.__name__, D.__annotations__)
x = [1, ..., 3]
print(x, x[1] is ...)
if True:
    pass
else:
    pass
for _ in range(3):
    pass
print(_)
print([None] * 3, {None: ...}, (None,))
print(bool(None), bool(...), None.__class__, Ellipsis.__class__.__name__)
