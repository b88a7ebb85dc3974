# AttributeError messages for instances, classes, modules, builtins, and with suggestions.
class Thing:
    __slots__ = ("color",)
    def __init__(self):
        self.color = "red"
class Plain:
    def __init__(self):
        self.value = 1
cases = [
    lambda: Thing().colour,
    lambda: Plain().valeu,
    lambda: Plain.missing,
    lambda: (5).real_part,
    lambda: "s".uppr(),
    lambda: [].push(1),
    lambda: None.anything,
    lambda: setattr(5, "x", 1),
    lambda: setattr("s", "upper", 1),
    lambda: delattr(Plain(), "nope"),
    lambda: setattr(Thing(), "size", 3),
    lambda: object().__dict__,
    lambda: type.mro.x,
    lambda: (lambda: 0).nope,
    lambda: setattr(int, "x", 1),
    lambda: setattr(list, "append", None),
    lambda: delattr(Thing, "color2"),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except AttributeError as e:
        print(i, "AttributeError:", e)
    except TypeError as e:
        print(i, "TypeError:", e)
e = AttributeError("custom", name="attr", obj=None)
print(e.name, e.obj, e.args)
try:
    Plain().val
except AttributeError as err:
    print(err.name, type(err.obj).__name__)
