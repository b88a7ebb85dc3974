# Errors inside comprehensions and the traceback line that names the comprehension (PEP 709: no extra frame).
data = [4, 2, 0, 1]
try:
    print([10 // x for x in data])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print({k: v for k, v in [(1, 2), (3,)]})
except ValueError as e:
    print("ValueError:", e)
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print("TypeError:", e)
try:
    print({x for x in [[1]]})
except TypeError as e:
    print("TypeError:", e)
try:
    print([y for y in 5])
except TypeError as e:
    print("TypeError:", e)
def ratios(values):
    return [round(100 / v, 2) for v in values]
print(ratios([3, 7]))
print(ratios([5, 0]))
