"""Compares Kiln's tokenizer with CPython 3.12's on every .py file of CPython's Lib.

    PYENV_VERSION=3.12.1 python tests/parser/compare_tokens.py --classes CP [--parser-tokens] [--lib DIR] [-v] [FILE...]

CP holds the compiled parser and kiln.parser.TokenDumpMain (a test class), e.g. after
    javac --release 25 -d /tmp/tok $(find parser/src/main/java -name '*.java') \
        parser/src/test/java/kiln/parser/TokenDumpMain.java
or parser/target/classes:parser/target/test-classes after a Maven build.

CPython's side is tokenize.tokenize(), which in 3.12 is the C tokenizer in "extra tokens" mode
(COMMENT and NL tokens, no errors for things only the parser rejects). Kiln's side is
kiln.parser.TokenDumpMain run once over all files in one JVM, with the Tokenizer in the same mode;
it prints tokens the way tokenize reports them (character columns, exact operator types).

With --parser-tokens both sides give the tokens the parser sees instead: the C tokenizer without
extra tokens (_tokenize.TokenizerIter(..., extra_tokens=False)), exact types, positions from the
token's text range, -1 columns for INDENT/DEDENT/ENDMARKER.

The bytes tokenize sees have their newlines translated first ("\\r\\n" and "\\r" to "\\n"), as
ast.parse does before tokenizing, since Kiln's tokenizer works on text translated that way.
A file tokenize rejects must be rejected by Kiln too, with the same error class and line. A file
whose declared encoding fails to decode is rejected by ast.parse and Kiln but read by tokenize
(which decodes with errors="replace"): that counts as a match when Kiln's error is ast.parse's.
Exit status 1 when any file differs.
"""
import _tokenize
import argparse
import ast
import codecs
import io
import os
import subprocess
import sys
import sysconfig
import token
import tokenize

JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"


def lib_files(lib):
    files = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return files


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def translate_newlines(data):
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def parser_tokens(data):
    """The tokens CPython's parser sees: the C tokenizer without extra tokens."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    rl = io.BytesIO(data[3:] if data.startswith(codecs.BOM_UTF8) else data).readline
    for info in _tokenize.TokenizerIter(rl, encoding=encoding, extra_tokens=False):
        t = tokenize.TokenInfo._make(info)
        yield t._replace(type=token.NAME) if t.type in (token.ASYNC, token.AWAIT) else t


def cpython_tokens(path, parser_mode):
    with open(path, "rb") as f:
        return cpython_tokens_of(f.read(), parser_mode)


def cpython_tokens_of(data, parser_mode):
    """CPython's token lines for source bytes, in TokenDumpMain's format."""
    data = translate_newlines(data)
    lines = []
    try:
        tokens = parser_tokens(data) if parser_mode else tokenize.tokenize(io.BytesIO(data).readline)
        for t in tokens:
            if t.type == token.ENCODING:
                continue
            name = token.tok_name[t.exact_type]
            if t.type == token.OP and t.string == "<>":
                name = "NOTEQUAL"
            lines.append("%s\t%s\t%d,%d\t%d,%d" % (name, escape(t.string), t.start[0], t.start[1],
                                                   t.end[0], t.end[1]))
    except SyntaxError as e:  # IndentationError and TabError included
        lines.append("! %s\t%s\t%s" % (type(e).__name__, e.lineno or 0, escape(str(e.msg))))
    except tokenize.TokenError as e:
        # tokenize turns a plain SyntaxError into TokenError (message reworded, same line)
        lines.append("! SyntaxError\t%s\t%s" % (e.args[1][0], escape(str(e.args[0]))))
    return lines


def kiln_tokens(classes, files, parser_mode):
    proc = subprocess.run([JAVA, "-Xss512m", "-cp", classes, "kiln.parser.TokenDumpMain"]
                          + (["--parser-tokens"] if parser_mode else []),
                          input="\n".join(files).encode("utf-8"), stdout=subprocess.PIPE, check=True)
    result = {}
    current = None
    for line in proc.stdout.decode("utf-8").split("\n"):
        if line.startswith("= "):
            current = result.setdefault(line[2:], [])
        elif line and current is not None:
            current.append(line)
    return result


def compare(expected, actual):
    """The index and both lines of the first difference, or None."""
    if expected and expected[-1].startswith("! "):
        # A rejected file: tokens before the error are not compared (tokenize is a generator
        # that fails late); the error class and line must match.
        exp = expected[-1].split("\t")
        if not actual or not actual[-1].startswith("! "):
            return len(actual), expected[-1], actual[-1] if actual else "<nothing>"
        act = actual[-1].split("\t")
        if exp[0] != act[0] or exp[1] != act[1]:
            return len(actual) - 1, expected[-1], actual[-1]
        return None
    for i in range(max(len(expected), len(actual))):
        e = expected[i] if i < len(expected) else "<end>"
        a = actual[i] if i < len(actual) else "<end>"
        if e != a:
            return i, e, a
    return None


def decoding_difference(data, actual):
    """Whether Kiln rejects the bytes while decoding them, exactly as ast.parse does, where tokenize
    lets them through: tokenize decodes line by line with errors="replace", the parser strictly."""
    if not actual or not actual[-1].startswith("! SyntaxError\t0\t"):
        return False
    try:
        ast.parse(data)
    except SyntaxError as e:
        return e.lineno == 0 and escape(str(e.msg)) == actual[-1].split("\t", 2)[2]
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--classes", required=True)
    ap.add_argument("--parser-tokens", action="store_true",
                    help="compare the tokens the parser sees (no COMMENT/NL) with _tokenize.TokenizerIter's")
    ap.add_argument("-v", "--verbose", action="store_true", help="show each difference")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = [os.path.abspath(f) for f in args.files] or lib_files(args.lib)
    actual = kiln_tokens(args.classes, files, args.parser_tokens)
    same = 0
    differ = []
    for f in files:
        act = actual.get(f, ["<missing from Kiln's output>"])
        diff = compare(cpython_tokens(f, args.parser_tokens), act)
        if diff is not None:
            with open(f, "rb") as fh:
                if decoding_difference(fh.read(), act):
                    diff = None
        if diff is None:
            same += 1
        else:
            differ.append((f, diff))
    for f, (i, e, a) in differ:
        print("DIFF %s: token %d" % (f, i))
        if args.verbose or len(differ) <= 30:
            print("   cpython: %s" % e)
            print("   kiln:    %s" % a)
    print("tokens: %d of %d files match, %d differ" % (same, len(files), len(differ)))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
