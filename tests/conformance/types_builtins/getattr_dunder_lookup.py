# Builtins look special methods up on the type, not the instance: len/abs/iter/repr/hash with instance attributes.
class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c).startswith("<__main__.C object"), c.__repr__())
class N:
    pass
n = N()
n.__abs__ = lambda: 5
n.__iter__ = lambda: iter([1])
for f in (abs, iter, len):
    try:
        f(n)
    except TypeError as e:
        print("TypeError", e)
N.__abs__ = lambda self: "class abs"
N.__len__ = lambda self: 3
print(abs(n), len(n))
del N.__len__
try:
    len(n)
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __len__(cls):
        return 42
    def __repr__(cls):
        return "<class via Meta>"
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 7
print(len(WithMeta), len(WithMeta()), repr(WithMeta), str(WithMeta))
