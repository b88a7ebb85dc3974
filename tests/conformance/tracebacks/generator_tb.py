# Traceback of an exception in a nested generator pipeline consumed by list().
def numbers():
    yield from [1, 2, 0, 4]
def inverses(nums):
    for n in nums:
        yield 1 / n
def scaled(vals, k):
    return (v * k for v in vals)
print(list(scaled(inverses([1, 2]), 10)))
print(list(scaled(inverses(numbers()), 10)))
