# Literal, value, wildcard and OR patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True"
        case None:
            return "None"
        case "":
            return "empty string"
        case _:
            return f"something else: {x!r}"
for v in [0, 1, 3, -1, 1.5, 2j, "hi", b"bytes", True, None, "", 1.0, 0.0, False, 99, "Hello"]:
    print(repr(v), "->", describe(v))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 400 | 401 | 403 | 404:
            return "client error"
        case 500:
            return "server error"
    return "unknown"
print([http(s) for s in (200, 204, 302, 404, 500, 999)])
