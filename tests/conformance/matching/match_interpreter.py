# A small expression evaluator written with structural pattern matching.
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(("num", int(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            tokens.append(("name", s[i:j]))
            i = j
        else:
            tokens.append(("op", c))
            i += 1
    return tokens
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("eof", None)
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        match advance():
            case ("num", n):
                return ("num", n)
            case ("name", n):
                if peek() == ("op", "("):
                    advance()
                    arg = expr()
                    advance()
                    return ("call", n, arg)
                return ("var", n)
            case ("op", "("):
                e = expr()
                advance()
                return e
            case ("op", "-"):
                return ("neg", atom())
            case tok:
                raise SyntaxError(f"unexpected {tok}")
    def term():
        left = atom()
        while peek() in (("op", "*"), ("op", "/")):
            left = (advance()[1], left, atom())
        return left
    def expr():
        left = term()
        while peek() in (("op", "+"), ("op", "-")):
            left = (advance()[1], left, term())
        return left
    return expr()
def evaluate(node, env):
    match node:
        case ("num", n):
            return n
        case ("var", name) if name in env:
            return env[name]
        case ("var", name):
            raise NameError(f"undefined {name}")
        case ("neg", e):
            return -evaluate(e, env)
        case ("call", "sq", arg):
            return evaluate(arg, env) ** 2
        case ("call", fn, _):
            raise NameError(f"no function {fn}")
        case ("+" | "-" | "*" | "/" as op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a // b
def simplify(node):
    match node:
        case ("+", x, ("num", 0)) | ("+", ("num", 0), x):
            return simplify(x)
        case ("*", x, ("num", 1)) | ("*", ("num", 1), x):
            return simplify(x)
        case ("*", _, ("num", 0)) | ("*", ("num", 0), _):
            return ("num", 0)
        case (op, l, r):
            return (op, simplify(l), simplify(r))
        case _:
            return node
env = {"x": 6, "y": 7}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 2", "sq(x + 1) / 2", "-x + 0", "x * 1 + 0 * y", "foo(1)", "z + 1"]:
    tree = parse(tokenize(src))
    try:
        value = evaluate(tree, env)
    except NameError as e:
        value = f"error: {e}"
    print(f"{src:16} => {value!s:10} tree={tree} simplified={simplify(tree)}")
