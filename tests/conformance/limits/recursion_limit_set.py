# sys.setrecursionlimit: lower and raise the limit; the depth reached follows it; bad values rejected.
import sys
def depth_reached():
    n = 0
    def rec():
        nonlocal n
        n += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return n
print("default limit", sys.getrecursionlimit())
sys.setrecursionlimit(200)
d200 = depth_reached()
sys.setrecursionlimit(400)
d400 = depth_reached()
print("limit 200 ->", d200, "| limit 400 ->", d400, "| difference", d400 - d200)
sys.setrecursionlimit(5000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print("depth 4000 with limit 5000:", deep(4000))
sys.setrecursionlimit(1000)
try:
    deep(4000)
except RecursionError as e:
    print("with limit 1000:", e)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
def set_low_when_deep(n):
    if n:
        return set_low_when_deep(n - 1)
    sys.setrecursionlimit(10)
try:
    set_low_when_deep(50)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
