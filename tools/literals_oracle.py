"""Writes CPython 3.12's values for every number and string literal token of a source tree.

Run with CPython 3.12:
  PYENV_VERSION=3.12.1 python tools/literals_oracle.py /root/.pyenv/versions/3.12.1/lib/python3.12 /tmp/literals.tsv
then check Kiln against it with tools/LiteralsBulkCheck.java.

Each distinct token gives one line of tab-separated fields, texts hex-encoded as UTF-8:
  kind   N (NUMBER), S (STRING) or M (FSTRING_MIDDLE; its expected value is that of a plain string
         literal with the f-string's other prefixes and quotes around the same text)
  raw    1 when an FSTRING_MIDDLE belongs to a raw f-string, else 0
  text   the token text
  result "V" + repr(value), or "E" + the SyntaxError message
  warns  the SyntaxWarning messages, joined by NUL
"""
import ast
import io
import os
import sys
import tokenize
import warnings


def hx(s):
    return s.encode("utf-8", "surrogatepass").hex()


def evaluate(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            node = ast.parse(src, mode="eval").body
            if not isinstance(node, ast.Constant):
                return None
            result = "V" + repr(node.value)
        except SyntaxError as e:
            result = "E" + e.msg
        except ValueError as e:  # repr of a huge int
            result = "X" + str(e)
    warns = [str(w.message) for w in caught if issubclass(w.category, SyntaxWarning)]
    return result, warns


def main():
    root, out_path = sys.argv[1], sys.argv[2]
    seen = set()
    rows = 0
    with open(out_path, "w", encoding="ascii") as out:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for fn in sorted(filenames):
                if not fn.endswith(".py"):
                    continue
                path = os.path.join(dirpath, fn)
                with open(path, "rb") as f:
                    data = f.read()
                try:
                    tokens = list(tokenize.tokenize(io.BytesIO(data).readline))
                except (SyntaxError, tokenize.TokenError, UnicodeDecodeError):
                    continue
                fstack = []  # (prefix without f, quote) of the enclosing f-strings
                for tok in tokens:
                    kind = None
                    if tok.type == tokenize.FSTRING_START:
                        s = tok.string
                        q = s.lstrip("rRfFbBuU")
                        fstack.append((s[:len(s) - len(q)].replace("f", "").replace("F", ""), q))
                    elif tok.type == tokenize.FSTRING_END:
                        fstack.pop()
                    elif tok.type == tokenize.NUMBER:
                        kind, raw, src = "N", "0", tok.string
                    elif tok.type == tokenize.STRING:
                        kind, raw, src = "S", "0", tok.string
                    elif tok.type == tokenize.FSTRING_MIDDLE and fstack:
                        prefix, q = fstack[-1]
                        kind = "M"
                        raw = "1" if "r" in prefix.lower() else "0"
                        src = prefix + q + tok.string + q
                    if kind is None:
                        continue
                    key = (kind, raw, tok.string)
                    if key in seen:
                        continue
                    seen.add(key)
                    r = evaluate(src)
                    if r is None:
                        continue
                    result, warns = r
                    if kind == "M" and not result.startswith("V"):
                        continue  # the text cannot stand alone as a plain literal (e.g. ends in a backslash)
                    out.write("\t".join([kind, raw, hx(tok.string), hx(result), hx("\0".join(warns))]) + "\n")
                    rows += 1
    print("wrote %d distinct literal tokens to %s" % (rows, out_path))


if __name__ == "__main__":
    main()
