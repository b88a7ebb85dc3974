# Unbounded recursion raises RecursionError, which can be caught; the program continues normally after.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("recursed past 900 frames:", depth > 900, "and below the limit:", depth <= sys.getrecursionlimit())
class Node:
    def __init__(self):
        self.me = self
    def __getattr__(self, name):
        return getattr(self, "_" + name)
try:
    Node().anything
except RecursionError as e:
    print("RecursionError from __getattr__:", e)
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion:", type(e).__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))), "digits in 500! (depth 500 is fine)")
print(sys.getrecursionlimit())
