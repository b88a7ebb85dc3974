# Code-point semantics beyond the BMP: len, indexing, slicing, ord/chr, iteration, comparisons.
s = "a😀b𝄞c\U0010FFFF"
print(len(s), [ord(c) for c in s], s[1], s[-1] == chr(0x10FFFF), s[1:4], s[::-1] == "".join(reversed(s)))
print(s.upper(), s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print(s.encode("utf-16-le").decode("utf-16-le") == s, repr(s), ascii(s), s.isprintable(), chr(0x1F600).isprintable())
print(sorted(["😀", "z", "é", "𝄞", "\uffff"]), "😀" > "\uffff", max(s), min(s))
print("😀".center(5, "𝄞"), "😀😀😀".replace("😀", "x", 2), "𝄞".join("ab"), "a😀b".split("😀"))
print(chr(0x10FFFF).encode("utf-8"), "\N{GRINNING FACE}" == "😀", "\U0001F600" == "😀", "\ud83d" != "😀")
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"),
            lambda: "\ud800".encode("utf-8")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(repr("\ud800"), "\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"),
      b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print(repr("\x00\x07\x1b\x7f\x80\xa0\xad\u200b\u2028\ufeff\U000e0001"))
