# list() from iterables, shallow copies by slicing/copy()/list(), nested mutation seen through copies, clear vs rebind.
src = [[1], [2]]
c1, c2, c3 = src[:], src.copy(), list(src)
src[0].append("shared")
src.append([3])
print(src, c1, c2, c3, c1 == c2 == c3, c1 is not src)
print(list("héllo"), list(b"ab"), list({"b": 1, "a": 2}), list({3: 0}.values()), list(x * 2 for x in range(3)),
      list(reversed(range(3))), list(map(str, [1, 2])), list(zip("ab", "cd")), list(enumerate("z")), list(iter([])))
class Sized:
    def __iter__(self):
        yield from (1, 2, 3)
    def __len__(self):
        return 100
print(list(Sized()))
class BadLen:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        raise ValueError("len failed")
try:
    print(list(BadLen()))
except ValueError as e:
    print("ValueError", e)
class LenHint:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return "bad"
try:
    print(list(LenHint()))
except TypeError as e:
    print("TypeError", e)
a = [1, 2]
alias = a
a = []
print(alias)
a = alias
a.clear()
print(alias)
