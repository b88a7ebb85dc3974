# print: sep, end, file, flush, non-str objects and argument errors; input at end of file.
import sys
print("a", "b", 1, None, sep="-", end="!\n")
print()
print("x", end="")
print("y", sep=None, end=None)
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("none file", file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", sep="|", file=w)
print(w.parts)
for bad in [lambda: print(sep=1), lambda: print(end=2), lambda: print(file=5), lambda: print(foo=1),
            lambda: print("a", file=object())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "custom-str"
print(S(), [S()] == [S()], "é🐍", b"bytes", 1.0, 2j, {"k": (1,)})
sys.stdout.write("written directly\n")
try:
    input()
except EOFError as e:
    print("EOFError", e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
try:
    input(1, 2)
except TypeError as e:
    print("TypeError", e)
sys.stdout.flush()
sys.stderr.write("err line 2\n")
