# Breaking out of nested loops: flags, for/else, functions with return, and exceptions as control flow.
grid = [
    [3, 8, 1, 9],
    [4, 7, 6, 2],
    [5, 0, 10, 11],
]
target = 6
found = False
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = True
            break
    if found:
        break
print("flag:", found, (r, c))
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 0:
            break
    else:
        continue
    break
print("for/else: zero at", (r, c))
def locate(value):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == value:
                return r, c
    return None
print("function:", locate(10), locate(99))
class Found(Exception):
    pass
try:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v > 9:
                raise Found((r, c, v))
except Found as f:
    print("exception:", f.args[0])
steps = 0
i = 0
while i < 5:
    j = 0
    while True:
        steps += 1
        if j >= i:
            break
        j += 1
    i += 1
print("while steps", steps)
