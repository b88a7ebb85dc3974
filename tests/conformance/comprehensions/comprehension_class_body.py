# Comprehensions in class bodies see only the first iterable from the class scope (PEP 709 keeps this rule).
class Table:
    columns = ["id", "name", "email"]
    widths = {c: len(c) + 2 for c in columns}
    header = " | ".join(c.upper() for c in columns)
    sizes = [len(c) for c in columns]
    prefix = "col_"
    try:
        prefixed = [prefix + c for c in columns]
    except NameError as e:
        prefixed = f"NameError: {e}"
    prefixed_ok = [p + c for p, cols in [(prefix, columns)] for c in cols]
print(Table.widths, Table.header, Table.sizes, Table.prefixed, Table.prefixed_ok, sep="\n")
def in_function():
    prefix = "fn_"
    class Inner:
        cols = ["a", "b"]
        names = [prefix + c for c in cols]
    return Inner.names
print(in_function())
class Counter:
    n = 3
    grid = [[(i, j) for j in range(2)] for i in range(n)]
print(Counter.grid)
