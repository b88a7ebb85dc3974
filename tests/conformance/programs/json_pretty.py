# A hand-written JSON encoder, pretty printer and parser: string escaping, float formatting, key sorting,
# cycle detection, a recursive-descent parser with error positions, and a round trip.


class EncodeError(ValueError):
    pass


class DecodeError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - text.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_string(s, ascii_only=True):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ascii_only and ord(ch) > 0x7E):
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode_float(x):
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return repr(x)


class Encoder:
    def __init__(self, indent=None, sort_keys=False, ascii_only=True, separators=None):
        self.indent = indent
        self.sort_keys = sort_keys
        self.ascii_only = ascii_only
        if separators is None:
            separators = (",", ": ") if indent is not None else (", ", ": ")
        self.item_sep, self.key_sep = separators

    def encode(self, obj):
        return "".join(self._encode(obj, 0, set()))

    def _encode(self, obj, level, active):
        if obj is None:
            yield "null"
        elif obj is True:
            yield "true"
        elif obj is False:
            yield "false"
        elif isinstance(obj, str):
            yield encode_string(obj, self.ascii_only)
        elif isinstance(obj, int):
            yield int.__repr__(obj)
        elif isinstance(obj, float):
            yield encode_float(obj)
        elif isinstance(obj, (list, tuple)):
            yield from self._container(obj, level, active, "[", "]", self._list_items)
        elif isinstance(obj, dict):
            yield from self._container(obj, level, active, "{", "}", self._dict_items)
        elif hasattr(obj, "to_json"):
            yield from self._encode(obj.to_json(), level, active)
        else:
            raise EncodeError(f"Object of type {type(obj).__name__} is not JSON serializable")

    def _container(self, obj, level, active, open_, close, items):
        if not obj:
            yield open_ + close
            return
        if id(obj) in active:
            raise EncodeError("Circular reference detected")
        active.add(id(obj))
        yield open_
        if self.indent is not None:
            inner = "\n" + " " * (self.indent * (level + 1))
            sep = self.item_sep + inner
            yield inner
        else:
            sep = self.item_sep
        first = True
        for chunk in items(obj, level, active):
            if not first:
                yield sep
            first = False
            yield from chunk
        if self.indent is not None:
            yield "\n" + " " * (self.indent * level)
        yield close
        active.discard(id(obj))

    def _list_items(self, obj, level, active):
        for value in obj:
            yield self._encode(value, level + 1, active)

    def _dict_items(self, obj, level, active):
        items = list(obj.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        for key, value in items:
            if isinstance(key, str):
                k = key
            elif key is None:
                k = "null"
            elif isinstance(key, bool):
                k = "true" if key else "false"
            elif isinstance(key, (int, float)):
                k = encode_float(key) if isinstance(key, float) else str(key)
            else:
                raise EncodeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
            yield self._pair(k, value, level, active)

    def _pair(self, k, value, level, active):
        yield encode_string(k, self.ascii_only) + self.key_sep
        yield from self._encode(value, level + 1, active)


class Parser:
    WS = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg, pos=None):
        return DecodeError(msg, self.text, self.pos if pos is None else pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise self.error("Extra data")
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise self.error("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False), ("NaN", float("nan")),
                          ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def number(self):
        start = self.pos
        t = self.text
        if self.pos < len(t) and t[self.pos] == "-":
            self.pos += 1
        digits = self.pos
        while self.pos < len(t) and t[self.pos].isdigit():
            self.pos += 1
        if self.pos == digits:
            raise self.error("Expecting value", start)
        is_float = False
        if self.pos < len(t) and t[self.pos] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(t) and t[self.pos] in "eE":
            is_float = True
            self.pos += 1
            if self.pos < len(t) and t[self.pos] in "+-":
                self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        literal = t[start:self.pos]
        return float(literal) if is_float else int(literal)

    def string(self):
        self.pos += 1
        out = []
        t = self.text
        while True:
            if self.pos >= len(t):
                raise self.error("Unterminated string starting at", self.pos)
            ch = t[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = t[self.pos + 1:self.pos + 2]
                simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                if esc in simple:
                    out.append(simple[esc])
                    self.pos += 2
                elif esc == "u":
                    code = int(t[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and t.startswith("\\u", self.pos):
                        low = int(t[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                else:
                    raise self.error("Invalid \\escape")
            else:
                out.append(ch)
                self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                raise self.error("Expecting ',' delimiter", self.pos - 1)

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return result
        while True:
            self.skip()
            if not self.text.startswith('"', self.pos):
                raise self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.skip()
            if not self.text.startswith(":", self.pos):
                raise self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise self.error("Expecting ',' delimiter", self.pos - 1)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def to_json(self):
        return {"x": self.x, "y": self.y}


document = {
    "name": "Kiln \u2014 \"runtime\"",
    "version": [3, 12, 1],
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "tiny": 1e-7,
    "flags": {"debug": False, "verbose": True, "level": None},
    "path": "C:\\temp\\new\tfile",
    "emoji": "snake \U0001F40D",
    "points": [Point(1, 2), Point(-3.5, 4e20)],
    "empty": {"list": [], "dict": {}},
    7: "int key",
    2.5: "float key",
    True: "bool key",
}

compact = Encoder().encode(document)
print(compact)
print(Encoder(separators=(",", ":"), sort_keys=False).encode([1, [2, [3, {}]], "x"]))
pretty = Encoder(indent=2).encode({k: v for k, v in document.items() if isinstance(k, str)})
print(pretty)
print(Encoder(indent=4, sort_keys=True, ascii_only=False).encode({"b": [1, 2], "a": {"z": "é", "y": []}}))
print(Encoder().encode([float("nan"), float("inf"), -float("inf"), -0.0, 1e16, 123456789.125, 1 / 3]))

loop = [1, 2]
loop.append(loop)
for bad in [loop, {"s": {1, 2}}, {(1, 2): "tuple key"}]:
    try:
        Encoder().encode(bad)
    except EncodeError as e:
        print("EncodeError:", e)

round_trip = Parser(pretty).parse()
print(round_trip["name"], round_trip["emoji"], round_trip["big"], round_trip["ratio"], round_trip["points"][1])
print(round_trip == Parser(Encoder().encode(round_trip)).parse())
print(Parser('  {"a": [1, 2.5e3, -0.25, true, null], "b": "\\u00e9\\ud83d\\ude00\\n"}  ').parse())

for text in ['{"a": 1,}', '[1 2]', '{"a" 1}', '"abc', '[1, 2] x', '', '{1: 2}', '[-]', '"bad \\q"']:
    try:
        Parser(text).parse()
        print("parsed?!", text)
    except DecodeError as e:
        print(f"DecodeError for {text!r}: {e} at {e.pos}")
