"""serialize: a JSON-like encoder and decoder written in Python, round-tripping nested data.

isinstance dispatch, recursion, str building with join, character scanning, dict/list creation.
"""
import sys
import time

RECORDS = 5000


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append('"' + "".join(ESCAPES.get(ch, ch) for ch in value) + '"')
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for k, v in value.items():
            if not first:
                out.append(",")
            first = False
            encode(k, out)
            out.append(":")
            encode(v, out)
        out.append("}")
    else:
        raise TypeError("cannot encode %s" % type(value).__name__)


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def value(self):
        t = self.text
        ch = t[self.pos]
        if ch == "{":
            self.pos += 1
            d = {}
            if t[self.pos] == "}":
                self.pos += 1
                return d
            while True:
                k = self.value()
                self.pos += 1  # ':'
                d[k] = self.value()
                ch = t[self.pos]
                self.pos += 1
                if ch == "}":
                    return d
        if ch == "[":
            self.pos += 1
            items = []
            if t[self.pos] == "]":
                self.pos += 1
                return items
            while True:
                items.append(self.value())
                ch = t[self.pos]
                self.pos += 1
                if ch == "]":
                    return items
        if ch == '"':
            return self.string()
        if t.startswith("null", self.pos):
            self.pos += 4
            return None
        if t.startswith("true", self.pos):
            self.pos += 4
            return True
        if t.startswith("false", self.pos):
            self.pos += 5
            return False
        start = self.pos
        while self.pos < len(t) and t[self.pos] in "0123456789+-.eE":
            self.pos += 1
        s = t[start:self.pos]
        if "." in s or "e" in s or "E" in s:
            return float(s)
        return int(s)

    def string(self):
        t = self.text
        self.pos += 1
        parts = []
        while True:
            ch = t[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(parts)
            if ch == "\\":
                nxt = t[self.pos]
                self.pos += 1
                parts.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
            else:
                parts.append(ch)


def make_data(rng):
    names = ["alpha", "beta", "gamma", "delta", "tab\there", 'quote"d', "new\nline", "ünï", "𝔘ber"]
    data = []
    for i in range(RECORDS):
        data.append({
            "id": i,
            "name": names[rng.below(len(names))] + str(rng.below(1000)),
            "score": rng.below(100000) / 64.0,
            "tags": [names[rng.below(len(names))] for _ in range(rng.below(5))],
            "active": rng.below(2) == 1,
            "parent": None if i == 0 else rng.below(i),
            "nested": {"depth": [1, [2, [3, [rng.below(10)]]]], "ratio": -rng.below(1000) / 8.0},
        })
    return data


def bench():
    data = make_data(Rng(99))
    out = []
    encode(data, out)
    text = "".join(out)
    back = Decoder(text).value()
    if back != data:
        raise AssertionError("round trip changed the data")
    out2 = []
    encode(back, out2)
    text2 = "".join(out2)
    h = 0
    for ch in text2[::7]:
        h = (h * 31 + ord(ch)) % 1000000007
    return "chars=%d hash=%d" % (len(text2), h)


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
