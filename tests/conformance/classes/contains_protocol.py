# The `in` operator: __contains__, fallback to __iter__, then __getitem__; result coerced to bool.
class WithContains:
    def __contains__(self, x):
        print(f"  __contains__({x!r})")
        return x % 2 == 0
class IterOnly:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
class GetitemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10
class TruthyContains:
    def __contains__(self, x):
        return "yes"
class NoneContains:
    __contains__ = None
    def __iter__(self): return iter([1])
print(4 in WithContains(), 3 in WithContains(), 3 not in WithContains())
print(2 in IterOnly(), 9 in IterOnly())
print(30 in GetitemOnly(), 35 in GetitemOnly())
print(1 in TruthyContains(), 1 not in TruthyContains())
try:
    1 in NoneContains()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
print("b" in "abc", "" in "abc", "ab" in "xaby", 1 in {1: "v"}, "v" in {1: "v"}, ("a", 1) in {"a": 1}.items())
print(1.0 in [1], True in [1], None in [None], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], nan in {nan}, nan in (nan,))
print(3 in range(10), 3.0 in range(10), 3.5 in range(10), "3" in range(10), 10 ** 20 in range(10 ** 21))
