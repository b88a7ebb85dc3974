# reversed on sequences and custom __reversed__, iter(callable, sentinel), __length_hint__.
print(list(reversed([1, 2, 3])), list(reversed(range(1, 10, 3))), list(reversed("ab")), list(reversed(b"ab")))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError", e)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
it = iter(tick, 10)
print(type(it).__name__, next(it), next(it))
data = iter(["x", "y", "", "z"])
print(list(iter(lambda: next(data), "")))
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
li = iter([1, 2, 3])
print(li.__length_hint__(), type(li).__name__, type(iter((1,))).__name__, type(iter("s")).__name__,
      type(iter({1: 2})).__name__, type(iter({1})).__name__, type(iter(b"b")).__name__, type(iter(range(1))).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(bytearray())).__name__)
