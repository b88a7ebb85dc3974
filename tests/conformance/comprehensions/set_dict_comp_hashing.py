# Set and dict comprehensions with equal-but-different keys: first key wins, last value wins.
d = {k: v for k, v in [(1, "int"), (1.0, "float"), (True, "bool")]}
print(d, type(list(d)[0]).__name__)
s = {x for x in [1, 1.0, True, 2, 2.0]}
print(sorted(s), [type(x).__name__ for x in sorted(s)])
class Key:
    def __init__(self, name, group):
        self.name, self.group = name, group
    def __hash__(self):
        return hash(self.group)
    def __eq__(self, o):
        return self.group == o.group
    def __repr__(self):
        return f"Key({self.name})"
keys = [Key("a", 1), Key("b", 2), Key("c", 1), Key("d", 2)]
print({k: k.name for k in keys})
print(len({k for k in keys}), sorted({k for k in keys}, key=lambda k: k.name))
print({(i % 3): i for i in range(10)})
print({frozenset(w): w for w in ["ab", "ba", "abc", "cab"]} == {frozenset("ab"): "ba", frozenset("abc"): "cab"})
