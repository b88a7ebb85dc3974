# Nested try blocks, re-raising with and without modification, and handler order across functions.
def level3(x):
    if x == 0:
        raise ZeroDivisionError("level3 got zero")
    if x < 0:
        raise ValueError("level3 got negative")
    return 100 // x
def level2(x):
    try:
        return level3(x)
    except ZeroDivisionError:
        print("  level2 handled zero, re-raising as ValueError")
        raise ValueError("converted in level2")
    finally:
        print(f"  level2 finally (x={x})")
def level1(x):
    try:
        try:
            return level2(x)
        except ValueError as e:
            print("  level1 inner caught:", e)
            e.args = (e.args[0] + " [annotated]",)
            raise
    except ValueError as e:
        print("  level1 outer caught:", e, "| context:", repr(e.__context__))
        return -1
for x in (5, 0, -3):
    print(x, "->", level1(x))
def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except Exception as e:
            last = e
            print(f"  attempt {i} failed: {e!r}")
    raise RuntimeError(f"all {attempts} attempts failed") from last
def sometimes(i):
    if i < 2:
        raise TimeoutError(f"timeout #{i}")
    return f"succeeded on attempt {i}"
print(retry(sometimes, 3))
try:
    retry(sometimes, 2)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
