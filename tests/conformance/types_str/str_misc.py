# str constructor, encode/decode errors, comparisons, multiplication, slicing with steps, hashing equality.
print(str(), str(5), str(b"ab"), str(b"ab", "ascii"), str(b"\xc3\xa9", "utf-8"), str(object=3.5), str(encoding="utf-8"))
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", "utf-8", "ignore"), str(b"a\xffb", "latin-1"), str(bytearray(b"x"), "ascii"))
for bad in [lambda: str(b"\xff", "utf-8"), lambda: str("a", "utf-8"), lambda: str(1, "utf-8"),
            lambda: "é".encode("ascii"), lambda: "x".encode("no-such-codec"), lambda: b"\x80abc".decode("ascii")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"),
      "é😀".encode("ascii", "namereplace"), "é".encode("latin-1"), "é".encode(), "a".encode("utf-16"))
s = "0123456789"
print(s[::2], s[1::3], s[::-1], s[-3::-2], s[8:2:-2], s[100:], s[-100:2], s[5:5], s[::-100], s[2:8:3])
print("ab" < "abc", "b" > "abc", "A" < "a", "" < "a", "abc" == "abc", "a" * 3, 0 * "a", "ab" * -2)
print("a" "b", "x".__len__(), "abc".__contains__("b"), "abc".__getitem__(-1), "ab".__add__("c"), "a".__mul__(2))
class S(str):
    def shout(self):
        return self.upper() + "!"
x = S("hey")
print(x, x.shout(), type(x + "a").__name__, type(x[0]).__name__, type(x.strip()).__name__, x == "hey", repr(x))
print(str(S("q")) == "q", type(str(S("q"))).__name__, "%s" % S("p"), f"{S('f')}")
KEY = "x"
for bad in [lambda: "a" + 1, lambda: "a" * 1.5, lambda: "abc"[5], lambda: "abc"[KEY], lambda: "a" < 1]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
print(str.__name__, "abc".__class__.__name__, len("🙂" * 1000), "".join(str(i) for i in range(12)))
