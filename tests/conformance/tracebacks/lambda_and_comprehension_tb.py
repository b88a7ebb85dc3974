# Tracebacks through lambdas, comprehensions and builtins like map/sorted.
data = [{"name": "b", "age": 3}, {"name": "a"}, {"name": "c", "age": 1}]
print(sorted(data[::2], key=lambda d: d["age"]))
ages = sorted(data, key=lambda d: d["age"])
