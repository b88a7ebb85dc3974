# __eq__ methods that mutate the container being searched.
class Shrinker:
    def __init__(self, v, container):
        self.v, self.container = v, container
    def __eq__(self, other):
        print(f"  comparing Shrinker({self.v}), container has {len(self.container)} items")
        if self.container:
            self.container.pop()
        return False
    def __repr__(self):
        return f"Shrinker({self.v})"
    __hash__ = object.__hash__
items = []
items.extend([1, 2, 3, 4])
probe = Shrinker("probe", items)
print(probe in items, items)
items = [1, 2, 3, 4, 5]
probe = Shrinker("count", items)
print(items.count(probe), items)
items = [1, 2, 3]
try:
    items.index(Shrinker("index", items))
except ValueError as e:
    print("ValueError:", e)
items = [1, 2, 3]
try:
    items.remove(Shrinker("remove", items))
except ValueError as e:
    print("ValueError:", e)
class Grower:
    def __init__(self, container):
        self.container = container
        self.calls = 0
    def __eq__(self, other):
        self.calls += 1
        if self.calls < 5:
            self.container.append(self.calls)
        return False
lst = [0]
g = Grower(lst)
print(g in lst, lst, g.calls)
class DictMutator:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
class Key:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self is other
d = {}
k = Key()
d[k] = "value"
m = DictMutator(d)
print(m in d, len(d))
a = [1, 2, 3]
b = [1, 2, 3]
class Breaker:
    def __eq__(self, other):
        b.clear()
        return True
a[1] = Breaker()
print(a == b, b)
