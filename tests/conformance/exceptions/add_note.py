# add_note and __notes__, shown in tracebacks.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("input was 'abc'")
    print(e.__notes__, str(e))
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
def process(items):
    for i, item in enumerate(items):
        try:
            int(item)
        except ValueError as err:
            err.add_note(f"item #{i} = {item!r}")
            raise
try:
    process(["1", "2", "x"])
except ValueError as err:
    print(err, err.__notes__)
eg = ExceptionGroup("group", [ValueError("v")])
eg.add_note("group note")
eg.exceptions[0].add_note("leaf note")
try:
    raise eg
except* ValueError as g:
    print(g.__notes__ if hasattr(g, "__notes__") else None, g.exceptions[0].__notes__)
final = RuntimeError("final failure")
final.add_note("first note")
final.add_note("second\nmultiline note")
raise final
