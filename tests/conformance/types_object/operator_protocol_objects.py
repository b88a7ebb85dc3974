# Binary operators with NotImplemented, reflected operands (subclass first), in-place fallbacks, comparisons swapping.
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("V.__add__")
        return V(self.v + o.v) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        print("V.__radd__")
        return V(self.v + o) if isinstance(o, int) else NotImplemented
    def __eq__(self, o):
        print("V.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print("V.__lt__")
        return NotImplemented
    def __repr__(self):
        return "V(%r)" % self.v
class W(V):
    def __radd__(self, o):
        print("W.__radd__")
        return W(-1)
print(V(1) + V(2))
print(1 + V(2))
print(V(1) + W(2))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError", e)
x = V(5)
x += V(1)
print(x)
print(V(1) == V(1), V(1) != V(1))
try:
    V(1) < V(2)
except TypeError as e:
    print("TypeError", e)
class G:
    def __gt__(self, o):
        print("G.__gt__")
        return True
print(V(1) < G())
class InPlace:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
ip = InPlace()
alias = ip
ip += 1
ip += 2
print(alias.items, alias is ip)
