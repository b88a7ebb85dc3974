def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
t(lambda: len()); t(lambda: len(1, 2)); t(lambda: len(1)); t(lambda: len([1, 2])); t(lambda: len(x=1))
t(lambda: abs()); t(lambda: abs('a')); t(lambda: abs(-3)); t(lambda: abs(-2.5))
t(lambda: all(1)); t(lambda: all()); t(lambda: any(1, 2)); t(lambda: all([1, 0])); t(lambda: any([0, 1])); t(lambda: all([]))
t(lambda: ascii()); t(lambda: ascii('héllo\u1234\U0001F600')); t(lambda: ascii([1, 'é']))
t(lambda: bin(1.0)); t(lambda: bin(-5)); t(lambda: hex(-255)); t(lambda: oct(8)); t(lambda: hex(2**70)); t(lambda: bin(0)); t(lambda: bin(True))
t(lambda: callable()); t(lambda: callable(len)); t(lambda: callable(1))
t(lambda: chr(-1)); t(lambda: chr(0x110000)); t(lambda: chr('a')); t(lambda: chr(2**70)); t(lambda: chr(65)); t(lambda: chr(0x1F600))
t(lambda: ord('ab')); t(lambda: ord(1)); t(lambda: ord(b'ab')); t(lambda: ord(b'a')); t(lambda: ord('\U0001F600')); t(lambda: ord(''))
t(lambda: delattr(1)); t(lambda: delattr(1, 'x')); t(lambda: getattr(1)); t(lambda: getattr(1, 2)); t(lambda: getattr(1, 'x'))
t(lambda: getattr(1, 'x', 5)); t(lambda: setattr(1, 'x', 2)); t(lambda: hasattr(1, 2)); t(lambda: hasattr(1, 'real'))
t(lambda: divmod(1)); t(lambda: divmod(7, 2)); t(lambda: divmod(7, 'a')); t(lambda: divmod(-7.5, 2))
t(lambda: format(1, 1)); t(lambda: format(1.5, '08.3f')); t(lambda: format([], 'x')); t(lambda: format('ab', '>5')); t(lambda: format(3)); t(lambda: format([1]))
t(lambda: hash([])); t(lambda: id()); t(lambda: hash(-1)); t(lambda: hash(1.5)); t(lambda: hash('a') == hash('a')); t(lambda: hash(True))
t(lambda: isinstance(1)); t(lambda: isinstance(1, 1)); t(lambda: issubclass(1, int)); t(lambda: issubclass(int, 1))
t(lambda: isinstance(1, (str, (int,)))); t(lambda: isinstance(True, int)); t(lambda: issubclass(bool, (str, int))); t(lambda: isinstance(1, int | str))
t(lambda: isinstance(1, list[int])); t(lambda: isinstance(1, list[int] | str)); t(lambda: issubclass(bool, int | str)); t(lambda: isinstance(None, int | None))
class Meta(type):
    def __instancecheck__(cls, o): return o == 42
    def __subclasscheck__(cls, c): return c is str
class X(metaclass=Meta): pass
t(lambda: isinstance(42, X)); t(lambda: isinstance(1, X)); t(lambda: issubclass(str, X)); t(lambda: issubclass(int, (X, float)))
t(lambda: iter(1)); t(lambda: max()); t(lambda: max(1)); t(lambda: max([])); t(lambda: max([], default=5)); t(lambda: max(1, 2, default=5))
t(lambda: min(3, 1, 2, key=lambda x: -x)); t(lambda: max([1, 2], foo=1)); t(lambda: min([])); t(lambda: max("abc", key=None)); t(lambda: min(x=1))
t(lambda: max([3, 1, 3], key=lambda x: 0)); t(lambda: min([(1, 'b'), (1, 'a')])); t(lambda: max(1, 2.5)); t(lambda: max([1, 'a']))
t(lambda: next()); t(lambda: pow()); t(lambda: pow(2, 3, 5)); t(lambda: pow(base=2, exp=3)); t(lambda: pow(2, -1)); t(lambda: pow(2, 3, mod=3))
t(lambda: repr()); t(lambda: round()); t(lambda: round('a')); t(lambda: round(2.5)); t(lambda: round(1, 'a')); t(lambda: round(2.675, 2)); t(lambda: round(1234, -2)); t(lambda: round(7, None))
class R:
    def __round__(self, n=None): return ('r', n)
t(lambda: round(R())); t(lambda: round(R(), 2)); t(lambda: round(R(), None)); t(lambda: round(number=R(), ndigits=1))
t(lambda: sorted()); t(lambda: sorted([3, 1], reverse=True)); t(lambda: sorted([3, 1], 1)); t(lambda: sorted([1], key=1)); t(lambda: sorted('bca')); t(lambda: sorted([1], foo=2))
t(lambda: sum()); t(lambda: sum(['a'])); t(lambda: sum([1], 'a')); t(lambda: sum([b'a'], b'')); t(lambda: sum([[1]], []))
t(lambda: sum([1, 2], start=10)); t(lambda: sum([1, 'a'])); t(lambda: sum([0.1] * 10)); t(lambda: sum([1, 0.5, 2**64])); t(lambda: sum([2**62, 2**62, 2**62]))
t(lambda: sum([0.1, 1, 0.2, 1e100, -1e100])); t(lambda: sum(range(101))); t(lambda: sum([True, True])); t(lambda: sum([1.5], 1)); t(lambda: sum((x/3 for x in range(10))))
t(lambda: sum([1e308, 1e308, -1e308])); t(lambda: sum([float('inf'), 1.0])); t(lambda: sum([0.1]*3, 0.0))
t(lambda: vars(1)); t(lambda: vars(1, 2)); t(lambda: dir(1, 2)); t(lambda: dir([])[:5]); t(lambda: 'append' in dir([]))
class V:
    def __init__(self): self.a = 1
t(lambda: dir(V())[-1]); t(lambda: sorted(dir(V())) == dir(V()))
t(lambda: print(sep=1)); t(lambda: print(end=1)); t(lambda: print(foo=1)); t(lambda: print(file=1)); t(lambda: input(1, 2))
t(lambda: aiter(1)); t(lambda: anext(1)); t(lambda: open()); t(lambda: globals(1)); t(lambda: locals(1)); t(lambda: __import__())
t(lambda: __build_class__()); t(lambda: compile())
class H:
    def __hash__(self): return 2**70
t(lambda: hash(H()))
class H2:
    def __hash__(self): return 'a'
t(lambda: hash(H2()))
class H3:
    def __hash__(self): return -1
t(lambda: hash(H3()))
print(1, 2, sep='-', end='!\n'); print(); print('a', None, sep=None, end=None); print(*[1, 2, 3], sep=', ')
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); print('x', 1, sep='|', file=w); print(w.parts)
a = [1]; b = a
print(id(a) == id(b), id(a) == id([1]), id(None) == id(None), type(id(a)).__name__)
print(abs(-0.0), True + True, None, Ellipsis, NotImplemented, __debug__)
builtins = __builtins__
print(builtins.IOError is OSError, builtins.EnvironmentError, builtins.bytes, builtins.memoryview, builtins.super, builtins.property)
print(sorted(n for n in dir(builtins) if not n.startswith('_'))[:12])
