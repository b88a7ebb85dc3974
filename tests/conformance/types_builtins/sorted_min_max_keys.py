# sorted/min/max/sum with key functions and default; stability of min/max ties (first wins).
data = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), sorted(data, key=lambda t: -t[1]))
print(max([], default=None), min((), default="empty"), max([1], default=9), max("abc", key=ord), min(["bb", "a", "cc"], key=len))
print(max(1, 2, 3, key=lambda v: -v), min(iter([5, 4]), key=None), sum([[1], [2]], start=[0]), sum((0.5, 0.25)), sum([1, 2.5, 3j]))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True), sorted([[2, 1], [1, 2], [1]]))
for bad in [lambda: max([1, 2], key=lambda v: "s" if v == 1 else 2), lambda: sorted([1, 2], key=len), lambda: sum(["a"]),
            lambda: sum([], "") , lambda: sum([[1]], []) + sum([1], start=[]), lambda: min(1), lambda: max(iter([]))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
