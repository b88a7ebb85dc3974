# and/or return operands and short-circuit; comparisons chain; any/all semantics.
log = []
def v(x):
    log.append(x)
    return x
print(v(0) and v(1), v(2) and v(3), v(0) or v(4), v(5) or v(6), v([]) or v(()) or v("z"))
print(log)
log.clear()
print(v(1) < v(2) < v(0) < v(9), log)
log.clear()
print(any(v(x) for x in [0, 0, 3, 4]), all(v(x) for x in [1, 0, 5]), log)
print(any([]), all([]), any([0, None, ""]), all(["a", 1]))
print(not (1 and 0), (not 1) == False, [] is not None, 3 if None else 4)
x = 5
print(1 < x <= 5 != 6 > 2, 1 < x < 5, x == 5 == 5.0, "a" < "b" < "c" > "a")
