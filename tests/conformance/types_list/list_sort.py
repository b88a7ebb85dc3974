# sort/sorted: stability with key and reverse, key exceptions, comparisons of mixed types, mutation during sort.
recs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2), ("a", 3)]
print(sorted(recs), sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: r[0], reverse=True), sorted(recs, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2.5, 0, -0.0, 7, 1e10, -1e-10, True]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
lst = [(i * 7919) % 101 for i in range(60)]
lst.sort()
print(lst)
lst.sort(key=lambda v: (v % 10, -v))
print(lst)
lst.sort(reverse=True, key=lambda v: v // 10)
print(lst)
class Rec:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return "%s%s" % (self.k, self.tag)
print(sorted([Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d")]))
print(sorted([Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d")], reverse=True))
for bad in [lambda: sorted([1, "a", 2]), lambda: sorted([1, 2], key=lambda x: 1 / 0),
            lambda: [3, 1].sort(lambda x: x), lambda: sorted([1j, 2j]), lambda: sorted([{1}, {1}, [1]]),
            lambda: sorted(5), lambda: sorted([1], key=5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
victim = [3, 2, 1]
def key(v):
    victim.append(v)
    return v
try:
    victim.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(victim)
print(sorted("kiln"), sorted({3: 1, 1: 2}), sorted((3, 1, 2), reverse=True), sorted([]), sorted(range(5, 0, -1)))
