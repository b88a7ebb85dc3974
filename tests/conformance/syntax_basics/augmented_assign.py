# Every augmented assignment operator on ints, floats, strings, lists and attributes/subscripts.
x = 10
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    y = x
    exec_table = {
        "+=": lambda v: v + 3, "-=": lambda v: v - 3, "*=": lambda v: v * 3,
        "//=": lambda v: v // 3, "%=": lambda v: v % 3, "**=": lambda v: v ** 3,
        "<<=": lambda v: v << 3, ">>=": lambda v: v >> 3, "&=": lambda v: v & 3,
        "|=": lambda v: v | 3, "^=": lambda v: v ^ 3,
    }
    print(op, exec_table[op](y))
n = 7
n += 1; print(n)
n -= 2; print(n)
n *= 3; print(n)
n //= 4; print(n)
n **= 2; print(n)
n %= 5; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 0b1101; print(n)
n ^= 0xFF; print(n)
f = 1.5
f /= 2; print(f)
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __repr__(self): return f"M({self.v})"
m = M(3)
m @= M(4)
print(f, m)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 41
print(b.v)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] *= 100
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)
counter = {}
for ch in "mississippi":
    counter[ch] = counter.get(ch, 0) + 1
print(sorted(counter.items()))
