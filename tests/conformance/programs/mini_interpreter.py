# A small interpreter for a Lisp-like language: tokenizer, parser, environments, closures, errors.
class LispError(Exception):
    pass
class Symbol(str):
    pass
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()
def parse(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(parse(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")
class Procedure:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"{self.name}: expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<procedure {self.name}/{len(self.params)}>"
def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b if isinstance(a, float) or a % b else a // b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
        "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l,
        "null?": lambda l: l == [], "length": len, "abs": abs, "max": max, "min": min,
    })
    return env
def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("empty application")
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) else alt
            continue
        if op == "define":
            name, expr = args
            val = evaluate(expr, env)
            if isinstance(val, Procedure):
                val.name = name
            env[name] = val
            return None
        if op == "set!":
            name, expr = args
            env.find(name)[name] = evaluate(expr, env)
            return None
        if op == "lambda":
            params, body = args
            return Procedure(params, body, env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        proc = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if not callable(proc):
            raise LispError(f"not a procedure: {proc!r}")
        return proc(*vals)
def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)
program = [
    "(define sq (lambda (x) (* x x)))",
    "(sq 12)",
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(fact 30)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
    "(define make-counter (lambda () (begin (define n 0) (lambda () (begin (set! n (+ n 1)) n)))))",
    "(define c (make-counter))",
    "(c)", "(c)", "(c)",
    "(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l))))))",
    "(map sq (list 1 2 3 4 5))",
    "(map fact (list 1 2 3 4 5 6))",
    "(/ 7 2)", "(/ 8 2)", "(/ 7.0 2)",
    "(length (quote (a b c)))",
    "(undefined-thing 1)",
    "(sq 1 2)",
    "(1 2 3)",
    "(+ 1 (* 2",
    "(quote (nested (list (of things))))",
    "fact",
    "(< 1 2)",
]
env = standard_env()
for line in program:
    try:
        result = evaluate(parse(tokenize(line)), env)
        if result is not None:
            print(f"{line} => {to_str(result)}")
        else:
            print(f"{line}")
    except LispError as e:
        print(f"{line} !! {e}")
