# float constructor forms, float subclasses, __getformat__, sys.float_info and a few conversions.
import sys
print(float(), float(3), float("3"), float(b"2.5"), float(bytearray(b"7")), float(" 1e3 "))
class Index:
    def __index__(self):
        return 4
class HasFloat:
    def __float__(self):
        return 2.5
class BadFloat:
    def __float__(self):
        return "x"
print(float(Index()), float(HasFloat()))
for v in (BadFloat(), "1.5j", object()):
    try:
        float(v)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix, sys.float_repr_style)
print(float.__getformat__("double"))
class Temperature(float):
    def __new__(cls, v, unit="C"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self):
        return "%s%s" % (float.__repr__(self), self.unit)
t = Temperature(21.5, "F")
print(t, repr(t), t + 1, t.unit, t * 2, isinstance(t, float), t.is_integer(), Temperature("3"))
print(1.0.__class__.__name__, (2.0).__int__(), (2.5).__round__(), (2.5).__round__(1), float.__name__)
print(max(0.1, 0.2), min([3.5, 2.5, 7.0]), sum([0.5, 0.25], 1.0), float(1 << 60), float(-(1 << 80)))
