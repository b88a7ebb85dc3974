# Mapping patterns: required keys, **rest, extra keys allowed, nested, value patterns as keys.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": k, **rest} if rest:
            return f"key {k} with extras {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))
class Default(dict):
    def __missing__(self, k):
        return "from __missing__"
match Default(a=1):
    case {"b": v}:
        print("missing used?", v)
    case {"a": v}:
        print("mapping patterns use get(), not __getitem__ fallback:", v)
KEY = "dyn"
class K:
    name = "n"
match {"dyn": 1, "n": 2, 3: "three", None: "none"}:
    case {K.name: n, 3: t, None: nn}:
        print("value pattern keys", n, t, nn)
match {"config": {"db": {"host": "h", "port": 5432}}}:
    case {"config": {"db": {"host": str(host), "port": int(port)}}}:
        print("nested", host, port)
