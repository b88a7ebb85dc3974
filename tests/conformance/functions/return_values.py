# return: implicit None, multiple values, early return, return in loops and nested functions.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
def nested_return():
    def inner():
        return "inner"
    inner()
    return "outer"
print(nothing(), bare(), multi(), early(30), early(0), nested_return())
a, b, c = multi()
print(a, b, c)
def swap(x, y):
    return y, x
print(swap(1, 2), swap(*swap(1, 2)))
def stats(values):
    if not values:
        return None
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return {"n": n, "mean": mean, "var": var, "min": min(values), "max": max(values)}
print(stats([]), stats([2, 4, 4, 4, 5, 5, 7, 9]))
def find_pair(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 99))
def while_return():
    n = 0
    while True:
        n += 3
        if n > 10:
            return n
print(while_return())
def returns_function():
    return returns_function
print(returns_function()()() is returns_function)
