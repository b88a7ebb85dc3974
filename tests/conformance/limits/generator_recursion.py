# Recursive generators (yield from) nested deeper than the recursion limit raise RecursionError.
import sys
def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(200)))
sys.setrecursionlimit(300)
try:
    print(sum(countdown(1000)))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    for child in tree(depth - 1):
        yield child
    yield f"node{depth}"
print(list(tree(4)))
try:
    for _ in tree(5000):
        pass
except RecursionError as e:
    print("RecursionError:", e)
print("still running, limit", sys.getrecursionlimit())
