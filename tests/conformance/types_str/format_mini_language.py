# The format mini-language for strings and mixed values via format() and f-strings.
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "^9.1", "0<5", "=^7"[1:]]:
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)), repr(format("é🙂", spec)))
w, p = 12, 3
v = 2.718281828
name = "kiln"
print(f"{name!r:>{w}}|{v:{w}.{p}f}|{v=}|{name=!s}|{w + p = }|{'{'}|{{x}}")
print(f"{'nested' if w > 3 else 'no':^{w + 2}}", f"{[1, 2][w % 2]}", f"{ {'k': 1}['k'] }")
print(f"{3:{'>'}{5}}", f"{1234567:,}", f"{-0.0:z}", f"{12:#b}", f"{'x'*3}", f"{'a' 'b'}")
print(f"{'multi'}"
      f"{'part'}", f"""{
      1 + 1
      }""", f"{v!r:.5}" if False else "skip")
x = 10
print(f"{x:>{x}}|", f"{x!a}", f"{'é'!a}", f"{(lambda: 5)()}", f"{x:{'^'}{x}}|")
