# Nested f-strings and format specs computed by expressions, f-strings in comprehensions and lambdas.
width, prec = 10, 3
values = [3.14159, 2.71828, 1.41421]
for v in values:
    print(f"[{v:{width}.{prec}f}] [{v:<{width - 2}.{prec - 1}e}] [{f'{v:.1f}':>{width}}]")
rows = [("name", "score"), ("ann", 93.5), ("bob", 7.25)]
w = max(len(str(c)) for r in rows for c in r) + 2
for r in rows:
    print("".join(f"{c!s:^{w}}" for c in r))
fmt = lambda x, spec: f"{x:{spec}}"
print(fmt(255, "#x"), fmt(255, "08b"), fmt("hi", "*^8"), fmt(0.5, ".0%"))
nested = f"outer {f'middle {f"inner {1 + 1}"}'}"
print(nested)
print(f"{'\\n'.join(['a', 'b'])!r}")
print(f"{'{'}{'}'}", f"{{{'x'}}}", f"{'{}'.format(5)}")
items = {"a": 1, "b": 2}
print(f"{', '.join(f'{k}={v}' for k, v in items.items())}")
print(f"{len(f'{items}')}", f"{[f'{i:02d}' for i in range(3)]}")
def greet(name, *, loud=False):
    return f"{'HELLO' if loud else 'hello'}, {name.upper() if loud else name}{'!' * (3 if loud else 1)}"
print(greet("kiln"), greet("kiln", loud=True))
x = 42
print(f"{x!r:>{x // 10}}", f"{x:{'x' if x > 10 else 'd'}}", f"{x:{''}}")
print(f"{
    x
    +
    1
}")
