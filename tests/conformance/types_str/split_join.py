# split/rsplit/splitlines/partition/rpartition/join with maxsplit, separators and Unicode whitespace.
cases = ["a,b,,c", ",a,", "", "   spaced   out  words ", "one", "a\tb\nc\x0bd\x0ce\x1cf\u2003g\u00a0h"]
for c in cases:
    print(repr(c), c.split(), c.split(","), c.split(",", 1), c.rsplit(",", 1), c.split(None, 1), c.rsplit(None, 1))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "1 2 3".split(" ", 0))
for text in ["l1\nl2\r\nl3\rl4", "end\n", "\n\n", "x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029w", ""]:
    print(repr(text), text.splitlines(), text.splitlines(True), text.split("\n"))
for p in ["a=b=c", "abc", "=", ""]:
    print(repr(p), p.partition("="), p.rpartition("="))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("1",)), "ab".join(["", ""]))
for bad in [lambda: ",".join([1, 2]), lambda: "x".split(""), lambda: "x".partition(""),
            lambda: ",".join(None), lambda: "a".split(1), lambda: "a b".split(maxsplit="1")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("a b c".split(maxsplit=1), "a b c".rsplit(sep=" ", maxsplit=1), "a,b".split(sep=","))
