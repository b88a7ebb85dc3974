# __bool__ and __len__ protocols and their error messages.
class Cart:
    def __init__(self, items=()):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
print(bool(Cart()), bool(Cart([1])), len(Cart("abc")), not Cart())
class NegLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2 ** 70
class StrLen:
    def __len__(self): return "3"
class FloatLen:
    def __len__(self): return 3.0
class BoolLen:
    def __len__(self): return True
for cls in (NegLen, BigLen, StrLen, FloatLen):
    for fn in (len, bool):
        try:
            print(cls.__name__, fn.__name__, fn(cls()))
        except (ValueError, TypeError, OverflowError) as e:
            print(cls.__name__, fn.__name__, type(e).__name__ + ":", e)
print(len(BoolLen()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError in if:", e)
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
print(bool(NoLen()))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)
class IntSub(int):
    def __len__(self): return 5
print(bool(IntSub(0)), len(IntSub(0)))
