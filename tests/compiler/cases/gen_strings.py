name = "world"
n = 42
print(f"hello {name}!")
print(f"{n:5d}|{n:<5}|{n:^7}|{n!r}|{name!r}|{name!s}|{name!a}")
print(f"{n * 2 = }")
print(f"{'nested ' + name}")
print(f"{n:{'>'}{10}}")
print(f"{3.14159:.2f} {1e10:g} {255:x} {255:#o}")
print(f"{{literal}} {n}")
print(f"" == "")
print(f"a" f"b{n}c" "d")
w = 10
print(f"{name:>{w}}")
print("%s and %d" % ("x", 5), "%r" % (name,))
print("a" "b" 'c')
print('''multi
line''')
print(r"raw\n", b"bytes", "\u00e9\N{BULLET}")
print(f"{'é'}{n}")
parts = [f"{i}" for i in range(5)]
print("".join(parts))
print(f"{n!r:>6}")
x = 3
print(f"{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}")
