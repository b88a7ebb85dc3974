# Assignment expressions inside comprehensions bind in the containing scope; errors for iteration variables.
def containing():
    matches = [m for line in ["a=1", "b", "c=3"] if (m := line.partition("=")[2])]
    return matches, m
print(containing())
total = 0
partials = [total := total + v for v in range(5)]
print(partials, total)
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["hi", "hello", "greetings"]), first_long(["a"]))
try:
    exec("class K:\n    values = [1, 2, 3]\n    doubled = [(y := v * 2) for v in values]\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("[j for j in range(3) if (j := 1)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
stats = {"count": 0}
seen = [(stats.update(count=stats["count"] + 1), w)[1] for w in "abc"]
print(seen, stats)
def nested():
    [[(last := (i, j)) for j in range(2)] for i in range(3)]
    return last
print(nested())
