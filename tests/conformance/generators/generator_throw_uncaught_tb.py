# An exception from inside a yield from chain escapes: the traceback includes every delegating generator.
def leaf():
    yield "leaf 1"
    raise LookupError("leaf ran out of data")
def middle():
    result = yield from leaf()
    yield result
def top():
    yield "top start"
    yield from middle()
for item in top():
    print(item)
