# Code-point ordering of strings, including case, accents, non-BMP, prefixes, and min/max/sorted.
words = ["b", "B", "a", "ab", "aB", "", "é", "e", "z", "Z", "😀", "\uffff", "10", "9", "a\x00", "a "]
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words), sorted(words, key=len)[:6], sorted(words, key=str.casefold)[:8])
for a, b in [("abc", "abd"), ("abc", "ab"), ("A", "a"), ("é", "z"), ("😀", "\uffff"), ("", "\x00")]:
    print(repr(a), repr(b), a < b, a <= b, a > b, a == b, a != b)
print("a" < "b" < "c", "abc".__lt__("abd"), "a".__lt__(1), "b".__ge__("a"))
