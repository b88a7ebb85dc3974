# Operators on bools return ints except &, |, ^ which return bools; comparisons; bool() of user objects in if/while.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "//": lambda a, b: a // b if b else "Z",
       "%": lambda a, b: a % b if b else "Z", "**": lambda a, b: a ** b, "&": lambda a, b: a & b, "|": lambda a, b: a | b,
       "^": lambda a, b: a ^ b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b, "<": lambda a, b: a < b,
       "==": lambda a, b: a == b}
for name, op in ops.items():
    row = []
    for a in (False, True):
        for b in (False, True):
            r = op(a, b)
            row.append("%r:%s" % (r, type(r).__name__))
    print(name, row)
print(True & 3, type(True & 3).__name__, True | 2, 3 ^ True, True / True, -False, +True, abs(False))
class Flag:
    def __init__(self, v):
        self.v = v
        self.calls = 0
    def __bool__(self):
        self.calls += 1
        return self.v
f = Flag(True)
if f:
    pass
while not f:
    break
x = 1 if f else 2
y = f and "and"
print(f.calls, x, y, not f, f.calls)
