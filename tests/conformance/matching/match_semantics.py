# Matching subtleties: subject evaluated once, bindings on failure, True/1 distinctions, mappings with getters.
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2, 3]
match subject():
    case [0, *_]:
        pass
    case [1, 2]:
        pass
    case [1, *rest]:
        print("matched rest", rest, "subject evaluated", calls, "time(s)")
for v in [1, 1.0, True, 0, False, 0.0]:
    match v:
        case True:
            print(repr(v), "-> True pattern (identity)")
        case 1:
            print(repr(v), "-> 1 pattern (equality)")
        case False:
            print(repr(v), "-> False pattern")
        case 0:
            print(repr(v), "-> 0 pattern")
class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__ called with", other)
        return True
class Holder:
    target = Eq()
match 5:
    case Holder.target:
        print("value pattern uses ==")
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
match (x := [10, 20]):
    case [a, b]:
        print("walrus subject", x, a, b)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest is a new dict:", rest, type(rest).__name__)
match "text":
    case str() as s if len(s) > 2:
        print("class + as + guard", s)
match 3:
    case 1 | 2:
        print("no")
    case int(n) if n % 2:
        print("odd", n)
match None:
    case None:
        print("None uses identity")
import sys
match sys.version_info:
    case (3, minor, *_) if minor >= 10:
        print("python 3 with match support")
