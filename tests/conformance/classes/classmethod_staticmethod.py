# classmethod alternative constructors and staticmethod helpers, with inheritance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_ish(cls):
        return cls(2024, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2023-07-14"), MyDate.from_string("1999-12-31"), MyDate.today_ish())
print([y for y in range(1896, 1912) if Date.is_leap(y)], Date(1, 1, 1).is_leap(2000))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.__dict__["is_leap"].__func__(1900), callable(Date.__dict__["is_leap"]))
class Counter:
    instances = 0
    def __init__(self):
        type(self).bump()
    @classmethod
    def bump(cls):
        cls.instances += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
def plain(x):
    return x * 3
class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls, v: (cls.__name__, v))
print(Holder.s(2), Holder().s(3), Holder.c(1), Holder().c(2))
