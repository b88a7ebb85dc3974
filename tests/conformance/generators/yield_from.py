# yield from: delegation, return values, send/throw forwarding, nested delegation.
def inner(n):
    total = 0
    for i in range(n):
        received = yield f"inner {i}"
        if received:
            total += received
    return total
def outer():
    r1 = yield from inner(2)
    print("  inner returned", r1)
    r2 = yield from inner(3)
    print("  inner returned", r2)
    return r1 + r2
g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(1))
print(g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print("outer returned", e.value)
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1, "j": 2}
    yield from (x * x for x in range(3))
print(list(from_iterables()))
def handler():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  inner handled", e)
        yield "inner recovered"
    finally:
        print("  inner finally")
def delegator():
    result = yield from handler()
    yield f"delegator continues ({result})"
d = delegator()
print(next(d))
print(d.throw(ValueError("thrown at delegator")))
print(next(d))
d2 = delegator()
next(d2)
d2.close()
print("closed delegator")
def returns_value():
    return "only a return"
    yield
def wrapper():
    x = yield from returns_value()
    yield x
print(list(wrapper()))
class Iterable:
    def __iter__(self):
        return iter([10, 20])
def from_custom():
    yield from Iterable()
print(list(from_custom()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
