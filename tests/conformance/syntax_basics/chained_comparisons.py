# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def val(name, v):
    calls.append(name)
    return v

print(val("a", 1) < val("b", 2) < val("c", 3), calls)
calls.clear()
print(val("a", 1) < val("b", 0) < val("c", 3), calls)
calls.clear()
print(val("a", 5) == val("b", 5) != val("c", 6) > val("d", 1), calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, 1 < x <= 5, x in range(10) in [range(10)])
print(1 < 2 > 1 < 2 > 1, "a" < "b" < "c" < "ab")
print([1] == [1] is not None, None is None is None)
lo, hi = 3, 8
for i in range(0, 11, 2):
    print(i, lo <= i <= hi, not (lo <= i <= hi))
print(1 == 1.0 == 1 + 0j, 0.1 + 0.2 > 0.3 > 0.2)

class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(c < a < b)
