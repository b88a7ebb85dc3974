# The = specifier in f-strings keeps the expression text exactly, with spacing and format specs.
x, y = 3, 4.5
items = ["a", "b"]
class P:
    def __init__(self): self.v = [1, 2]
    def __repr__(self): return "P()"
    def __str__(self): return "str of P"
p = P()
print(f"{x=}")
print(f"{x = }")
print(f"{x=   }")
print(f"{x + y=}")
print(f"{x*y = :.1f}")
print(f"{items[0]=}, {len(items)=}")
print(f"{p=}")
print(f"{p=!s}")
print(f"{p = !r:>10}")
print(f"{p.v=}")
print(f"{'str'=}")
print(f"{x=:>5}|{y=:08.3f}|")
print(f"{(lambda: 5)()=}")
print(f"{x if x else y=}")
print(f"{x!r}{x=}")
print(f"{ x = }")
print(f"""{
x
=}""")
name = "world"
print(f"{name.upper()=} {name[::-1]=!a}")
print(f"{3 * 'ab'=}")
print(f"{x:=^9}")
print(f"{(x := 10)=}", x)
