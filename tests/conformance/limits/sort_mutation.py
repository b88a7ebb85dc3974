# list.sort detects mutation through key functions and comparisons; sorted() of a copy is unaffected.
data = [5, 3, 1, 4, 2]
def evil_key(x):
    data.append(x)
    return x
try:
    data.sort(key=evil_key)
except ValueError as e:
    print("ValueError:", e)
print("after failed sort the list is", data)
class Evil:
    def __init__(self, v, target):
        self.v, self.target = v, target
    def __lt__(self, other):
        self.target.clear()
        return self.v < other.v
    def __repr__(self):
        return f"Evil({self.v})"
items = []
items.extend(Evil(v, items) for v in [3, 1, 2])
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e)
print(items)
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise KeyError("comparison failed")
        return self.v < other.v
    def __repr__(self): return f"Boom({self.v})"
b = [Boom(3), Boom(1), Boom(2), Boom(0)]
try:
    b.sort()
except KeyError as e:
    print("KeyError:", e)
print("list still holds all items:", sorted(x.v for x in b))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
stable = [("b", 1), ("a", 1), ("c", 0), ("a", 0)]
print(sorted(stable, key=lambda p: p[1]), sorted(stable, key=lambda p: p[1], reverse=True))
