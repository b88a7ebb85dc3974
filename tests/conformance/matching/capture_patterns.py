# Capture patterns, as-patterns, guards and dotted value patterns.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other if other.startswith("b"):
            return f"b-color {other}"
        case other:
            return f"unknown {other}"
print([paint(c) for c in ["red", "green", "blue", "brown", "pink"]])
def sign(n):
    match n:
        case x if x < 0:
            return f"{x} is negative"
        case 0 as zero:
            return f"{zero} is zero"
        case (1 | 2 | 3) as small:
            return f"{small} is small positive"
        case x:
            return f"{x} is big"
print([sign(n) for n in (-5, 0, 2, 100)])
guard_calls = []
def g(v):
    guard_calls.append(v)
    return v > 1
for value in [1, 2]:
    match value:
        case n if g(n):
            print("guard passed for", n)
        case n:
            print("guard failed for", n)
print(guard_calls)
match 42:
    case captured:
        pass
print("captured leaks out:", captured)
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (a, b):
        print("binding survives failed guard", a, b)
