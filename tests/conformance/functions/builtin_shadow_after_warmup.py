# Global and builtin lookups in hot functions see later rebinding, deletion and builtins changes.
import sys
def use_len(xs):
    return len(xs)
data = [1, 2, 3]
for _ in range(1000):
    use_len(data)
print(use_len(data))
len = lambda xs: "global len shadows builtin"
print(use_len(data))
del len
print(use_len(data))
RATE = 2
def scaled(v):
    return v * RATE
for _ in range(1000):
    scaled(1)
print(scaled(10))
RATE = 3
print(scaled(10))
globals()["RATE"] = 5
print(scaled(10))
del RATE
try:
    scaled(10)
except NameError as e:
    print("NameError:", e)
def call_helper():
    return helper()
def helper():
    return "helper v1"
for _ in range(500):
    call_helper()
print(call_helper())
def helper():
    return "helper v2"
print(call_helper())
def add(a, b):
    return a + b
for _ in range(2000):
    add(1, 2)
print(add(1, 2), add(1.5, 2), add("a", "b"), add([1], [2]), add(2 ** 70, 1), add(True, True))
for _ in range(2000):
    add(0.5, 0.25)
print(add(1, 2), add(10 ** 30, 10 ** 30))
def index(seq, i):
    return seq[i]
for _ in range(2000):
    index([1, 2, 3], 1)
print(index([1, 2, 3], 1), index((4, 5), 0), index({"k": "v"}, "k"), index("str", 2), index([1, 2], -1))
try:
    index([1], 5)
except IndexError as e:
    print("IndexError:", e)
