# Errors inside binary operations: CPython 3.12 marks the operator with ~ and ^.
def combine(a, b, c):
    return a + b * c
print(combine(1, 2, 3))
print(combine("x", 2, 3) if False else "skipped")
result = combine(1, "two", None)
