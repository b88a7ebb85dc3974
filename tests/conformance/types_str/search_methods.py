# find/rfind/index/rindex/count/startswith/endswith with start/end, negative indices and tuples.
s = "abracadabra"
for sub in ["a", "abra", "cad", "", "z", "ra", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 8),
          s.count(sub, 2, -2), s.find(sub, -4), s.find(sub, 20), s.count(sub, 11), s.find(sub, 5, 2))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"),
      s.endswith("cad", 0, 7), s.endswith(("zz", "ra"), -3), s.startswith("", 11), s.startswith("", 12))
for call in [lambda: s.index("z"), lambda: s.rindex("q"), lambda: s.startswith(["a"]),
             lambda: s.find(1), lambda: s.count(), lambda: s.index("a", "b")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(s.index("c"), s.rindex("a"), s.index("a", 1, 4), "aaaa".count("aa"), "".count(""), "abc".count(""))
print("a" in s, "cad" in s, "" in s, "x" not in s)
t = "x😀y😀z"
print(len(t), t.find("😀"), t.rfind("😀"), t.index("z"), t.count("😀"), t[1], t[-2:])
