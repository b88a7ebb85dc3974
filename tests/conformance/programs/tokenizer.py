# A tokenizer for a small C-like language with line/column tracking and error reporting.
KEYWORDS = {"if", "else", "while", "return", "fn", "let"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "->", "+", "-", "*", "/", "%", "<", ">", "=", "!", "(", ")", "{", "}", ",", ";"]
class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"
class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")
        self.line, self.col = line, col
def tokenize(src):
    i, line, col = 0, 1, 1
    tokens = []
    while i < len(src):
        c = src[i]
        if c == "\n":
            i += 1
            line += 1
            col = 1
            continue
        if c.isspace():
            i += 1
            col += 1
            continue
        if src.startswith("//", i):
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "_"):
                j += 1
            if j < len(src) and src[j] == ".":
                j += 1
                while j < len(src) and src[j].isdigit():
                    j += 1
                tokens.append(Token("FLOAT", src[i:j], line, start_col))
            else:
                tokens.append(Token("INT", src[i:j], line, start_col))
            col += j - i
            i = j
            continue
        if c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("KEYWORD" if word in KEYWORDS else "IDENT", word, line, start_col))
            col += j - i
            i = j
            continue
        if c == '"':
            j = i + 1
            buf = []
            while j < len(src) and src[j] != '"':
                if src[j] == "\n":
                    raise LexError("unterminated string", line, start_col)
                if src[j] == "\\" and j + 1 < len(src):
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                    continue
                buf.append(src[j])
                j += 1
            if j >= len(src):
                raise LexError("unterminated string", line, start_col)
            tokens.append(Token("STRING", "".join(buf), line, start_col))
            col += j + 1 - i
            i = j + 1
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(Token("OP", op, line, start_col))
                i += len(op)
                col += len(op)
                break
        else:
            raise LexError(f"unexpected character {c!r}", line, col)
    tokens.append(Token("EOF", "", line, col))
    return tokens
SOURCE = '''
fn fib(n) -> int {
    // classic recursion
    if (n <= 1) { return n; }
    return fib(n - 1) + fib(n - 2);
}
let pi = 3.14159;
let big = 1_000_000;
let s = "tab\\there \\"quoted\\"";
while (x != 0 && y >= 2) { x = x % 3; }
'''
toks = tokenize(SOURCE)
for t in toks:
    print(t)
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
print([t.text for t in toks if t.kind == "IDENT"])
for bad in ['let x = "open', "let y = 5 @ 3;", 'fn f() {\n  return "a\nb";\n}']:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e, (e.line, e.col))
