# A user __repr__ that recurses through a cycle: RecursionError while getting the repr, uncaught.
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __repr__(self):
        return f"Node({self.name} -> {self.next!r})"
a, b = Node("a"), Node("b")
a.next = b
print(a)
b.next = a
print(a)
