# print() with sep, end, file and flush; sys.stdout.write mixing.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2, 3, sep="\n")
print("no newline", end="")
print(" -- continued")
print(*range(5))
print(*"hey", sep="-")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
print(None, True, 3.0, [1, "x"], {"k": (1,)}, sep=" | ")
print("x", sep=None, end=None)
class Shown:
    def __str__(self):
        return "Shown.__str__"
    def __repr__(self):
        return "Shown.__repr__"
print(Shown(), [Shown()], str(Shown()), repr(Shown()))
print("tab\tand\\n", "quote's")
sys.stderr.write("stderr line 2\n")
print(end="")
print("", end="\n")
print("last")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[1])
except TypeError as e:
    print("TypeError:", e)
