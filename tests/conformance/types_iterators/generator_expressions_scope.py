# Generator expressions: the first iterable is evaluated eagerly, the rest lazily; errors surface at next().
def source(tag, n):
    print("evaluating", tag)
    return range(n)
g = (x * y for x in source("outer", 2) for y in source("inner", 2))
print("created")
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation", e)
lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError at next", e)
print(next(lazy, "exhausted after error"))
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
gexp = (i for i in range(3))
print(type(gexp).__name__, gexp.__name__, gexp.__qualname__, sum(gexp), sum(i * i for i in range(4)))
class Holder:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        summed = list(v + w for v in vals for w in vals)
    except NameError as e:
        summed = "NameError: " + str(e)
print(Holder.doubled, Holder.summed)
