# An ExceptionGroup escaping: CPython prints the group's nested traceback tree.
def worker(n):
    if n % 2:
        raise ValueError(f"worker {n} failed")
    return n
def run_all(ns):
    errors = []
    results = []
    for n in ns:
        try:
            results.append(worker(n))
        except ValueError as e:
            errors.append(e)
    print("results", results)
    if errors:
        raise ExceptionGroup("some workers failed", errors)
run_all(range(4))
