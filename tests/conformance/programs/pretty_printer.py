# A JSON-like serializer and pretty printer, plus a recursive-descent parser that round-trips.
def dumps(value, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {value!r}")
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else "".join(
                    f"\\u{s:04x}" for s in divmod(ord(ch) - 0x10000, 0x400) and (0xD800 + (ord(ch) - 0x10000) // 0x400, 0xDC00 + (ord(ch) - 0x10000) % 0x400)))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, _level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + dumps(k) + ": " + dumps(v, indent, _level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")
class Parser:
    def __init__(self, text):
        self.text, self.pos = text, 0
    def error(self, msg):
        raise ValueError(f"{msg} at position {self.pos}")
    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t\r":
            self.pos += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.pos != len(self.text):
            self.error("extra data")
        return v
    def value(self):
        self.ws()
        if self.pos >= len(self.text):
            self.error("unexpected end")
        c = self.text[self.pos]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()
    def obj(self):
        self.pos += 1
        out = {}
        self.ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            out[k] = self.value()
            self.ws()
            c = self.text[self.pos]
            self.pos += 1
            if c == "}":
                return out
            if c != ",":
                self.error("expected ',' or '}'")
    def arr(self):
        self.pos += 1
        out = []
        self.ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.text[self.pos]
            self.pos += 1
            if c == "]":
                return out
            if c != ",":
                self.error("expected ',' or ']'")
    def string(self):
        if self.text[self.pos] != '"':
            self.error("expected string")
        self.pos += 1
        out = []
        while True:
            c = self.text[self.pos]
            if c == '"':
                self.pos += 1
                s = "".join(out)
                return s.encode("utf-16", "surrogatepass").decode("utf-16")
            if c == "\\":
                e = self.text[self.pos + 1]
                if e == "u":
                    out.append(chr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[e])
                self.pos += 2
                continue
            out.append(c)
            self.pos += 1
    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        tok = self.text[start:self.pos]
        if not tok:
            self.error("unexpected character")
        return float(tok) if any(c in tok for c in ".eE") else int(tok)
doc = {
    "name": "Kiln",
    "version": [0, 1, 0],
    "tags": ["python", "jvm", "fast"],
    "meta": {"stars": 12345, "ratio": 0.75, "active": True, "license": None, "empty": {}, "none": []},
    "text": "quote \" backslash \\ newline \n unicode é 🙂",
}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
back = Parser(pretty).parse()
print(back == doc, Parser(compact).parse() == doc)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "tru", "[1] x", ""]:
    try:
        print(Parser(bad).parse())
    except (ValueError, IndexError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
for bad in [{1: 2}, float("nan"), {1, 2}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
