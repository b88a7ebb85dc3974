# Star-expressions in calls, returns, yields, subscripts and with-items.
def total(*nums):
    return sum(nums)
values = [1, 2, 3]
print(total(*values), total(*values, *values), total(*range(10), 100))
def pack():
    return *values, 4
print(pack())
def gen():
    yield *values, "end"
print(list(gen()))
t = *values, *"ab"
print(t)
lst = [10, 20, 30]
print(lst[1:], lst[*[1]] if False else lst[1])
d = {(1, 2): "tuple key"}
print(d[1, 2], d[(*values[:2],)])
args = (2, 10)
print(pow(*args), divmod(*args[::-1]), "{} and {}".format(*"xy"))
kwargs = {"sep": "-", "end": "!\n"}
print("a", "b", **kwargs)
def kwonly(*, a, b):
    return a * b
print(kwonly(**{"a": 3, "b": 7}))
def both(a, b, /, c, *, d):
    return (a, b, c, d)
print(both(*[1, 2], **{"c": 3, "d": 4}), both(1, *[2, 3], d=4))
for x in *values, 99:
    print(x, end=" ")
print()
print(*[f"{i}" for i in range(3)], sep="|")
print([*map(str.upper, "abc")], {*map(abs, [-1, 1, -2])})
