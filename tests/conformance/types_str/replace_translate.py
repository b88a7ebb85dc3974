# replace with counts, translate with maketrans forms, and the errors of maketrans.
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("", "-"), s.replace("", "-", 3),
      s.replace("the ", ""), s.replace("x", "y"), "aaa".replace("a", "aa"), s.replace("at", "AT", 0),
      s.replace("at", "at", -1), "".replace("", "x"))
t1 = str.maketrans("abc", "xyz")
t2 = str.maketrans("abc", "xyz", "t ")
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "🙂": "smile"})
print(sorted(t1.items()), sorted(t2.items()), sorted(t3.items()))
for t in (t1, t2, t3):
    print("abc cat 🙂".translate(t))
print("hello".translate({104: 72, 111: None}), "abc".translate([]) if False else "skip",
      "abc".translate({97: 98, 98: 99}))
class Table:
    def __getitem__(self, k):
        if k == ord("l"):
            raise LookupError
        return k + 1
print("hello".translate(Table()))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
            lambda: str.maketrans("a", "b", 3), lambda: "a".translate({97: 1.5}), lambda: s.replace(1, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
