# OR-patterns must bind the same names; alternatives tried left to right; wildcard and capture errors at compile time.
def classify(cmd):
    match cmd:
        case ("move", x, y) | ("go", x, y) | ("walk", (x, y)):
            return f"move to {x},{y}"
        case ("say", msg) | ("shout", msg) if msg:
            return f"say {msg!r}"
        case ("quit" | "exit" | "bye",):
            return "quit"
        case (("left" | "right") as turn, *_):
            return f"turn {turn}"
        case _:
            return "unknown"
for c in [("move", 1, 2), ("go", 3, 4), ("walk", (5, 6)), ("say", "hi"), ("shout", ""), ("bye",), ("left", 90), ("jump",)]:
    print(c, "->", classify(c))
errors = [
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case f(a):\n        pass\n",
]
for src in errors:
    try:
        compile(src, "<match>", "exec")
        print("compiled fine:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg}")
