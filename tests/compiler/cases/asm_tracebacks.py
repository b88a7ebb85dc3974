# Locations: the traceback of an uncaught error shows line and column ranges from the location table.
def compute(values):
    total = 0
    for v in values:
        total += (
            v["amount"]
            * v["rate"]
        )
    return total

def outer(items):
    result = [compute(item)
              for item in items]
    return result

data = [[{"amount": 1, "rate": 2}], [{"amount": 3}]]
try:
    outer(data)
except KeyError as e:
    import traceback
    traceback.print_exc()

def lines():
    import sys
    seen = []
    def tracer(frame, event, arg):
        if frame.f_code.co_name == "traced" and event == "line":
            seen.append(frame.f_lineno - first)
        return tracer
    first = traced.__code__.co_firstlineno
    sys.settrace(tracer)
    try:
        traced(3)
    finally:
        sys.settrace(None)
    print("line events", seen)

def traced(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += i
        else:
            s -= i
    while n:
        n -= 1
    return s

lines()
outer([[{"amount": 1}]])
