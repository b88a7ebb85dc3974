# A match with no matching case does nothing; soft keywords used as identifiers.
match = [1, 2]
case = "case as a name"
_ = "underscore"
print(match, case, _)
match match:
    case [3, 4]:
        print("no")
print("nothing matched, no error")
def type(x):
    return "shadowed type()"
print(type(1))
del type
match (1, "a"):
    case (int(), str()) as both:
        print("both", both)
values = [(1, 2), {"k": "v"}, "string", 3.0, [1, [2]], None]
for v in values:
    match v:
        case (a, b) if isinstance(v, tuple):
            print("tuple", a, b)
        case {"k": val}:
            print("mapping", val)
        case [x, [y]]:
            print("nested list", x, y)
        case float(f):
            print("float", f)
        case None:
            print("none")
        case str(s):
            print("str", s)
