# Uncaught RecursionError: CPython's traceback collapses the repeated frames.
def walk(node):
    return walk(node + 1) + 1
print("starting")
walk(0)
