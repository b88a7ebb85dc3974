# list subclasses: overridden methods are not used by other built-in methods, slicing returns list, repr, iteration.
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        return 99
l = Logged([1, 2])
l.append(3)
l.extend([4])
l.insert(0, 0)
print(list.__len__(l), len(l), l[1], type(l[1:]).__name__, type(l + [5]).__name__, type(l * 2).__name__, repr(l))
print([x for x in l], sorted(l, reverse=True), sum(l), 3 in l)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, isinstance(s, list), type(s.copy()).__name__, s == [1], Stack([1]) == Stack([1]))
class WithAttrs(list):
    pass
w = WithAttrs([3, 1, 2])
w.note = "sortable"
w.sort()
print(w, w.note, w.__dict__)
