# Exceptions raised by builtins called from Python code: int(), dict lookups, next().
def first_number(words):
    for w in words:
        if w.isdigit():
            return int(w)
    it = iter(words)
    return int(next(it))
print(first_number(["a", "42"]))
print(first_number(["x", "y"]))
