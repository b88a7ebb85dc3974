# f-string basics: expressions, conversions, nested quotes (PEP 701), escapes, multi-line.
name, age, items = "Ada", 36, ["x", "y"]
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r}")
print(f"{age + 1} {age * 2:5d} {age / 7:.3f} {items[0]} {len(items)}")
print(f"{'nested' + " quotes"} {"double"} {'single'}")
print(f"{f'{f"{name}"}'}")
print(f"{ {'a': 1}['a'] } { {1, 2} == {2, 1} }")
print(f"{{literal braces}} {{{age}}}")
print(f"{'\n'.join(items)}")
print(f"""multi
line {name}
""", end="")
print(f"{name=}")
print(f"{age=:5} {age = } {name=!s} {items[1]=}")
print(f"{3.14159=:.2f}")
x = 10
print(f"{x if x > 5 else 0} {(lambda v: v * 2)(x)} {[i for i in range(3)]}")
print(f"{x:{'>'}{10}}|{x:{x}d}|{3.14159:.{x - 7}f}")
print(f"{'abc'[1:]}" f" concatenated {x}" "plain")
print(rf"raw \n {x}", fr"\d+{x}")
print(f"{x!r:>6}|{'s'!r:^7}|")
print(f"{x:#x} {x:#o} {x:#b} {x:,} {1234567:_}")
print(f"{ x }")
print(f"{x:=^10}")
d = {"key": "value"}
print(f"{d["key"]} {d['key']}")
print(f'{"\N{BULLET}"} {"\x41"}')
print(f"{'a' 'b'}")
print(f"{x}" * 2, f"" == "", type(f"{x}").__name__)
