# dict equality ignores order; repr escapes keys; values compared with ==; recursion in repr and eq.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1.0}
print(a == b, a != b, {1: float("nan")} == {1: float("nan")}, {"k": "v"} == {"k": "v"}, {} != {1: 1})
n = float("nan")
print({1: n} == {1: n})
print(repr({"quote'": "d\"q", 1.5: None, (1, 2): b"x", None: ..., "nl\n": "\t"}))
r = {}
r["self"] = r
print(r, repr(r), str(r))
r2 = {}
r2["self"] = r2
try:
    print(r == r2)
except RecursionError as e:
    print("RecursionError", e)
class K:
    def __repr__(self):
        return "K()"
print({K(): K()}, str({1: "s"}), "{}".format({"a": 1}), f"{ {1: 2} }", dict(a=1).__repr__())
