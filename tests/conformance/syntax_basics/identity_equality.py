# is vs ==, identity of singletons and containers.
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c)
b.append(3)
print(a, c)
print(None is None, True is True, (1 == 1) is True)
t1 = ()
t2 = ()
print(t1 == t2, t1 is t2)
x = "interned"
y = "interned"
print(x == y)
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
    __hash__ = None
p, q = P(1), P(1)
print(p == q, p is q, p != q, p == 1, [p] == [q], p in [q], (p,) == (q,))
nan = float("nan")
lst = [nan]
print(nan == nan, nan in lst, lst == lst, [nan] == [nan])
print(1 == 1.0, {1: "a"}[1.0], {True: "t"}[1])
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False}
print(s, len(s))
