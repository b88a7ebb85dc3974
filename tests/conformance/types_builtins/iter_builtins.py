# iter, next, len, sorted, reversed, enumerate, zip, map, filter, all, any: usage and wrong types.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("iter/next", lambda: (lambda it: [next(it), next(it), next(it, "end"), next(it, None)])(iter([1, 2])))
show("iter int", lambda: iter(5))
show("iter none", lambda: iter(None))
show("iter sentinel noncallable", lambda: iter(5, 1))
show("next list", lambda: next([1]))
show("next exhausted", lambda: next(iter([])))
show("len", lambda: [len("abc"), len([1]), len({}), len(range(10)), len(b"xy"), len({1: 2}.keys())])
show("len int", lambda: len(5))
show("len gen", lambda: len(x for x in "a"))
show("len none", lambda: len(None))
class L:
    def __len__(self):
        return -1
class BigL:
    def __len__(self):
        return 2 ** 70
class FL:
    def __len__(self):
        return 1.5
show("len neg", lambda: len(L()))
show("len big", lambda: len(BigL()))
show("len float", lambda: len(FL()))
show("sorted", lambda: sorted("bca"))
show("sorted int", lambda: sorted(1))
show("sorted pos key", lambda: sorted([1], None))
show("reversed", lambda: [list(reversed([1, 2])), list(reversed("ab")), list(reversed(range(3))), list(reversed((1, 2)))])
show("reversed set", lambda: reversed({1}))
show("reversed gen", lambda: reversed(x for x in "a"))
show("reversed int", lambda: reversed(1))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
show("reversed seq protocol", lambda: list(reversed(Seq())))
show("iter seq protocol", lambda: list(iter(Seq())))
show("enumerate", lambda: [list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("a", start=-1))])
show("enumerate int", lambda: enumerate(5))
show("enumerate start str", lambda: enumerate("a", "1"))
show("zip", lambda: [list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a")), list(zip("ab", "xy", strict=True))])
show("zip int", lambda: zip([1], 2))
show("zip strict", lambda: list(zip("ab", "x", strict=True)))
show("map", lambda: [list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(len, []))])
show("map noncallable", lambda: list(map(5, [1])))
show("map no iter", lambda: map(str))
show("map int iter", lambda: map(str, 5))
show("filter", lambda: [list(filter(None, [0, 1, "", "a"])), list(filter(str.isdigit, "a1b2"))])
show("filter int", lambda: filter(None, 5))
show("all/any", lambda: [all([]), any([]), all([1, 0]), any([0, 2]), all("abc")])
show("all int", lambda: all(5))
show("any none", lambda: any(None))
