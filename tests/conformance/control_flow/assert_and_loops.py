# Loop invariants checked with assert; an assertion that finally fails ends the program.
def binary_search(items, target):
    lo, hi = 0, len(items)
    steps = 0
    while lo < hi:
        assert 0 <= lo <= hi <= len(items), "bounds broken"
        mid = (lo + hi) // 2
        steps += 1
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo, steps
data = list(range(0, 200, 3))
for t in [0, 3, 4, 150, 198, 500]:
    idx, steps = binary_search(data, t)
    print(t, idx, steps, idx < len(data) and data[idx] == t)
def checked_average(values):
    assert values, "no values"
    avg = sum(values) / len(values)
    assert min(values) <= avg <= max(values)
    return avg
print(checked_average([1, 2, 3, 10]))
print(checked_average([]))
