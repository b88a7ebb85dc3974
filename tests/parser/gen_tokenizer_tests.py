"""Writes parser/src/test/java/kiln/parser/{TokenizerTest,SourceDecoderTest}.java.

    PYENV_VERSION=3.12.1 python tests/parser/gen_tokenizer_tests.py

Every expected value comes from CPython 3.12, which must be the interpreter running this script:
  * token streams from tokenize.tokenize() (extra tokens) and _tokenize.TokenizerIter(...,
    extra_tokens=False) (the tokens the parser sees), in the format of TokenDumpMain, through
    the same functions as tests/parser/compare_tokens.py;
  * token byte columns from the positions ast.parse() gives single-token expressions;
  * tokenizer errors (class, message, position, text) from ast.parse(source_bytes);
  * decoded text and decoding errors from ast.parse / compile of the bytes.
Edit the lists below, then rerun.
"""
import ast
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare_tokens  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "parser", "src", "test", "java", "kiln", "parser")

# Token streams, compared with tokenize (extra tokens) and with what the parser sees.
TOKEN_CASES = [
    "x = 1\n",
    "x = 1",
    "",
    "\n",
    "# only a comment",
    "if x:\n    y = 2  # note\n\n    # alone\n    z\nw\n",
    "if x:\n\tif y:\n\t\tpass\n",
    "def f(a, *, b=1, **k) -> None:\n    return a@b\n",
    "a = [1,\n     2,  # two\n\n     3]\n",
    "x = 1 + \\\n    2\n",
    "if x:\n  \\\n  y\n",
    "x\x0c= 1\n\x0cif x:\n  \x0c  y\n",
    "a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h @= 8\n",
    "a &= 1; b |= 2; c ^= 3; d <<= 4; e >>= 5; x = a != b <= c >= d == e < f > g\n",
    "print(a->b, ..., x.y, a := 1, ~x, 1<>2)\n",
    "x = $ ? `\n",
    "n = 0 + 1 + 00 + 0_0 + 1_000 + 0x_fF + 0o17 + 0b1_0 + 1. + .5 + 1.5e10 + 1e-3 + 1E+5 + 1j + 1.5J + 0e0 + 09.5 + 0j\n",
    "x = 1if y else 2\nz = [0x1for x in y]\n",
    "x = 1.e\n",
    "s = 'a' \"b\" '''c\nd''' \"\"\"e\"\"\" r'\\'' b'x' Rb'y' bR'z' u'w' U'v' br'' rB\"\"\n",
    "s = 'a\\\nb'\n",
    "s = '''\n\n'''\n",
    "s = \"\"\n",
    "f'a{b}c'\n",
    "f\"a{{b}}c\"\n",
    "x = f'{x!r:>{width}} {y=} {z:}'\n",
    "f'{x:{y:{z}}}'\n",
    "f'''{\nx\n}'''\n",
    "f'''a\n{b\n# c\n}d\n'''\n",
    "f'{x:\n}'\n",
    "rf'\\{x}' Rf'{x}\\n' fR'' FR\"\"\n",
    "f'\\N{BULLET} {x}' f'\\\\N{x}'\n",
    "f'{f\"{f'{1}'}\"}'\n",
    "f'{\"a\" if x else \"b\"}'\n",
    "f'{x}' f'{y}' 'z'\n",
    "f'{lambda x: 1}'\n",
    "f'{x!=y}' f'{x==y}' f'{x:=y}'\n",
    "f'{ {1: 2}[1] }'\n",
    "é = ünïcode + 𝕏 + ℌ + x\u00b7y + _x\n",
    "s = 'ü' + \"\"\"é\nñ\"\"\"  # ç\n",
    "if x:\n    pass\n  # outdented comment\n",
    "async def f():\n    await x\n",
    "\ufeffx = 1\n",
    "x = 1\r\ny = 2\r\n",
    "x = 1\ry = 2\r",
]

# Tokenizer errors as ast.parse(source_bytes) reports them.
ERROR_CASES = [
    "x = 1 \\ y\n",
    "é = 1 \\ y\n",
    "x = 1 + \\\n  \\ y\n",
    "x = 1 +\\\n",
    "x = 1 +\\",
    "x = (1,\n2\n",
    "x = (1,\n2",
    "x = (",
    "é = (1 +\n",
    "x = [1,\n2)\n",
    "x = [1,\n2\n)\n",
    "x = (1]\n",
    "x = 1)\n",
    "é = 1)\n",
    "x = (" * 201 + "\n",
    "\"é\" + \"abc\n",
    "\"\"\"abc\nd\n",
    "x = 'abc\\\n\n",
    "x = 1\n'''\nab",
    "x = b'\n",
    "x = 0777\n",
    "é = 0777\n",
    "x = 00_1\n",
    "x = 09\n",
    "x = 1_\n",
    "x = 1__0\n",
    "x = 0x\n",
    "x = 0x_\n",
    "x = 0o8\n",
    "x = 0o7a\n",
    "x = 0o\n",
    "x = 0b2\n",
    "x = 0b1_\n",
    "x = 0b\n",
    "x = 1e\n",
    "x = 1e+\n",
    "x = 1.e5x\n",
    "x = 1abc\n",
    "x = 1jk\n",
    "x = 1.5_\n",
    "x = 0_a\n",
    "x = €\n",
    "x = a€\n",
    "x = \u00a0\n",
    "x = a\u00a0b\n",
    "x = \x01\n",
    "x = \x7f\n",
    "x = ab\u200bc\n",
    "\u00b2 = 1\n",
    "x\u00b2 = 1\n",
    "𝕏 = 1 + a€\n",
    "if x:\n  a\n b\n",
    "if x:\n  é\n b\n",
    "if x:\n  a\n b",
    "if x:\n\ta\n        b\n",
    "if x:\n        a\n\tb\n",
    "if x:\n\ta\n  \tb\n",
    "if x:\n" + "".join(" " * i + "if x:\n" for i in range(1, 101)),
    "f'abc\n",
    "f'''abc\n",
    "f'{x'\n",
    "f\"{'a}\"\n",
    "f'{'\n",
    "f'}'\n",
    "f'{{}'\n",
    "f'{)}'\n",
    "f'{x]'\n",
    "(f'{a)'\n",
    "f'{x:{y:{z:{w}}}}'\n",
    "f'{f\"{f\\'\\'}\"}'\n",
    b"x = ab\xf6c\n",
    b"x = ab\xc3\n",
    b"x = ab\xe3\x81\n",
    b"\xef\xbb\xbfx = ab\xf6c\n",
    b"# coding: utf-8\n\xe9 = ab\xf6c\n",
    b"# -*- coding: latin-1 -*-\n\xe9 = (\n",
]

# SyntaxWarnings of the tokenizer (ast.parse's, all from the tokenizer here), and the error each
# becomes under a warnings filter "error".
WARNING_CASES = [
    "f\"\\{x}\"\n",
    "f'a\\}' f'\\{{'\n",
    "rf\"\\{x}\"\n",
    "x = 1if y else 2\n",
    "x = [0x1for x in y]\n",
    "x = 1.5jor y\n",
    "x = 0o17and 1\n",
    "x = 0b1in y\n",
    "x = (1is 1, 1not in y)\n",
    "x = 1e5else 1\n",
    "x = 1else 2\n",
]

# Positions the parser's tokens carry, checked against the AST's for one-token expressions.
POSITION_CASES = [
    "é = 'ü'\n",
    "x = \"\"\"ä\nö\"\"\"\n",
    "x = 𝕏\n",
    "x = (  # ç\n  ab)\n",
    "x = 1_000.5j\n",
    "x = [\n    'é', ñ]\n",
]

# Bytes to decoded text (compile() decodes them), or to the SyntaxError CPython raises.
DECODE_CASES = [
    b"x = 1\n",
    b"x = 'caf\xc3\xa9'\n",
    b"\xef\xbb\xbfx = 1\n",
    b"\xef\xbb\xbf# coding: utf-8\nx = 1\n",
    b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    b"# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n",
    b"#!/usr/bin/env python\n# coding=cp1252\nx = '\x80'\n",
    b"\n# coding: koi8-r\nx = '\xc1'\n",
    b"\x0c\n# coding: Latin_1\nx = '\xe9'\n",
    b"# coding: utf8\nx = '\xc3\xa9'\n",
    b"# coding: utf-8-sig\nx = 1\n",
    b"# coding: euc_jp\nx = '\xa4\xa2'\n",
    b"# coding: shift_jis\nx = '\x82\xa0'\n",
    b"x = 1\n# coding: latin-1\ny = '\xc3\xa9'\n",
    b"\n\n# coding: latin-1\nx = '\xc3\xa9'\n",
    b"x = 1\r\ny = 2\rz = 3\r\n",
    b"# coding: foo\n",
    b"# coding: uft-8\nx = 1\n",
    b"# coding: rot13\n",
    b"# coding: undefined\n",
    b"\xef\xbb\xbf# coding: latin-1\n",
    b"\xef\xbb\xbf# coding: utf8\n",
    b"# coding: ascii\nx = '\xe9'\n",
    b"# coding: utf8\nx = 1 # \xe3\x81\n",
    b"# coding: cp1252\nx = '\x81'\n",
    b"# coding: euc-jp\nx = '\xff\xfe'\n",
    b"x = 1\x00\n",
]


def java_str(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif c < 0x20 or c == 0x7F:
            out.append("\\%03o" % c)
        elif c < 0x7F:
            out.append(ch)
        elif c < 0x10000:
            out.append("\\u%04x" % c)
        else:
            c -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
    return '"' + "".join(out) + '"'


def as_bytes(case):
    return case if isinstance(case, bytes) else case.encode("utf-8")


def latin1(b):
    """Source bytes as a Java string of one char per byte (the test turns it back with ISO-8859-1)."""
    return java_str(b.decode("latin-1"))


def tokenizer_error(b):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(b, "<test>")
        except SyntaxError as e:
            return "%s: %s @%s:%s-%s:%s |%s" % (type(e).__name__, e.msg, e.lineno or 0, e.offset or 0,
                                                e.end_lineno or 0, e.end_offset or 0,
                                                "None" if e.text is None else e.text)
    raise SystemExit("no error for %r" % b)


def warnings_of(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            ast.parse(src)
        except SyntaxError:
            pass
    found = " ".join("%s@%d" % (x.message, x.lineno) for x in w if x.category is SyntaxWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            ast.parse(src)
            err = "OK"
        except SyntaxError as e:
            err = "%s: %s @%s:%s-%s:%s" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    return found, err


def positions(src):
    """(lineno, col, end_lineno, end_col) of each one-token expression, in source order."""
    result = []
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, (ast.Name, ast.Constant)):
            result.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset))
    return sorted(result)


def decoded(b):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(b, "<test>", "exec", dont_inherit=True, flags=ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return "!%s: %s @%s:%s" % (type(e).__name__, e.msg, e.lineno or 0, e.offset or 0)
    # The text CPython tokenized: what compile() sees is the bytes decoded per their declaration.
    import io
    import tokenize
    data = b.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    del code
    return data.decode("utf-8-sig" if encoding == "utf-8-sig" else encoding)


def write_tokenizer_test():
    lines = [
        "package kiln.parser;",
        "",
        "import static org.junit.jupiter.api.Assertions.assertEquals;",
        "import static org.junit.jupiter.api.Assertions.assertThrows;",
        "",
        "import java.nio.charset.StandardCharsets;",
        "import java.util.ArrayList;",
        "import java.util.List;",
        "import java.util.stream.Stream;",
        "import org.junit.jupiter.api.DynamicTest;",
        "import org.junit.jupiter.api.Test;",
        "import org.junit.jupiter.api.TestFactory;",
        "",
        "// GENERATED by tests/parser/gen_tokenizer_tests.py from CPython 3.12. Do not edit; edit the script.",
        "",
        "/** The tokenizer against CPython 3.12: token streams, token positions, errors. */",
        "class TokenizerTest {",
        "    /** {source bytes as ISO-8859-1 chars, tokenize's tokens, the parser's tokens}. */",
        "    private static final String[][] TOKENS = {",
    ]
    for case in TOKEN_CASES:
        b = as_bytes(case)
        extra = "\n".join(compare_tokens.cpython_tokens_of(b, False)) + "\n"
        parser = "\n".join(compare_tokens.cpython_tokens_of(b, True)) + "\n"
        lines.append("        {%s,\n         %s,\n         %s}," % (latin1(b), java_str(extra), java_str(parser)))
    lines += [
        "    };",
        "",
        "    /** {source bytes as ISO-8859-1 chars, \"Type: msg @line:col-endline:endcol |text\"}. */",
        "    private static final String[][] ERRORS = {",
    ]
    for case in ERROR_CASES:
        b = as_bytes(case)
        lines.append("        {%s, %s}," % (latin1(b), java_str(tokenizer_error(b))))
    lines += [
        "    };",
        "",
        "    /** {source, its warnings \"msg@line\" separated by blanks, the error under -W error}. */",
        "    private static final String[][] WARNINGS = {",
    ]
    for src in WARNING_CASES:
        found, err = warnings_of(src)
        lines.append("        {%s, %s, %s}," % (java_str(src), java_str(found), java_str(err)))
    lines += [
        "    };",
        "",
        "    /** {source, \"line:col-endline:endcol\" of each NAME, NUMBER and STRING in source order}. */",
        "    private static final String[][] POSITIONS = {",
    ]
    for src in POSITION_CASES:
        pos = " ".join("%d:%d-%d:%d" % p for p in positions(src))
        lines.append("        {%s, %s}," % (java_str(src), java_str(pos)))
    lines += [
        "    };",
        "",
        "    private static byte[] bytes(String latin1) {",
        "        return latin1.getBytes(StandardCharsets.ISO_8859_1);",
        "    }",
        "",
        "    /** A readable one-line test name for a source. */",
        "    static String name(String source) {",
        "        String s = source.replace(\"\\n\", \"\\\\n\").replace(\"\\r\", \"\\\\r\").replace(\"\\t\", \"\\\\t\");",
        "        return s.isBlank() ? \"<blank: \" + s.length() + \" chars>\" : s;",
        "    }",
        "",
        "    private static String dump(byte[] source, boolean extraTokens) {",
        "        StringBuilder sb = new StringBuilder();",
        "        TokenDumpMain.dump(source, \"<test>\", sb, extraTokens);",
        "        return sb.toString();",
        "    }",
        "",
        "    @TestFactory",
        "    Stream<DynamicTest> tokenizeModuleStream() {",
        "        return Stream.of(TOKENS).map(c -> DynamicTest.dynamicTest(name(c[0]),",
        "                () -> assertEquals(c[1], dump(bytes(c[0]), true))));",
        "    }",
        "",
        "    @TestFactory",
        "    Stream<DynamicTest> parserTokenStream() {",
        "        return Stream.of(TOKENS).map(c -> DynamicTest.dynamicTest(name(c[0]),",
        "                () -> assertEquals(c[2], dump(bytes(c[0]), false))));",
        "    }",
        "",
        "    @TestFactory",
        "    Stream<DynamicTest> errorsMatchCPython() {",
        "        return Stream.of(ERRORS).map(c -> DynamicTest.dynamicTest(name(c[0]), () -> {",
        "            PySyntaxError e = assertThrows(PySyntaxError.class, () -> {",
        "                Tokenizer t = new Tokenizer(SourceDecoder.decodeSource(bytes(c[0]), \"<test>\"), \"<test>\", false);",
        "                while (t.next().type != TokenType.ENDMARKER) {",
        "                    // drain",
        "                }",
        "            });",
        "            assertEquals(c[1], e.errorType + \": \" + e.msg + \" @\" + e.lineno + \":\" + e.offset + \"-\"",
        "                    + e.endLineno + \":\" + e.endOffset + \" |\" + e.text);",
        "        }));",
        "    }",
        "",
        "    @TestFactory",
        "    Stream<DynamicTest> byteColumnsMatchTheAst() {",
        "        return Stream.of(POSITIONS).map(c -> DynamicTest.dynamicTest(name(c[0]), () -> {",
        "            Tokenizer t = new Tokenizer(c[0], \"<test>\");",
        "            List<String> found = new ArrayList<>();",
        "            for (Token k = t.next(); k.type != TokenType.ENDMARKER; k = t.next()) {",
        "                if (k.type == TokenType.NAME || k.type == TokenType.NUMBER || k.type == TokenType.STRING) {",
        "                    found.add(k.lineno + \":\" + k.colOffset + \"-\" + k.endLineno + \":\" + k.endColOffset);",
        "                }",
        "            }",
        "            assertEquals(c[1], String.join(\" \", found));",
        "        }));",
        "    }",
        "",
        "    @Test",
        "    void endmarkerRepeats() {",
        "        Tokenizer t = new Tokenizer(\"x\", \"<test>\");",
        "        assertEquals(TokenType.NAME, t.next().type);",
        "        assertEquals(TokenType.NEWLINE, t.next().type);",
        "        Token end = t.next();",
        "        assertEquals(TokenType.ENDMARKER, end.type);",
        "        assertEquals(end, t.next());",
        "    }",
        "",
        "    @Test",
        "    void fstringMiddleTextAndColumns() {",
        "        // f\"a{{b}}c\": the text keeps one brace of each pair; the end column is past both,",
        "        // as CPython's parser sees it (tokenize reports the text's end instead).",
        "        Tokenizer t = new Tokenizer(\"x = f\\\"a{{b}}c\\\"\", \"<test>\");",
        "        t.next();",
        "        t.next();",
        "        assertEquals(TokenType.FSTRING_START, t.next().type);",
        "        Token a = t.next();",
        "        assertEquals(\"a{ 1:6-1:9\", a.text + \" \" + a.lineno + \":\" + a.colOffset + \"-\" + a.endLineno + \":\" + a.endColOffset);",
        "        Token b = t.next();",
        "        assertEquals(\"b} 1:9-1:12\", b.text + \" \" + b.lineno + \":\" + b.colOffset + \"-\" + b.endLineno + \":\" + b.endColOffset);",
        "        Token c = t.next();",
        "        assertEquals(\"c 1:12-1:13\", c.text + \" \" + c.lineno + \":\" + c.colOffset + \"-\" + c.endLineno + \":\" + c.endColOffset);",
        "        assertEquals(TokenType.FSTRING_END, t.next().type);",
        "    }",
        "",
        "    @TestFactory",
        "    Stream<DynamicTest> warningsMatchCPython() {",
        "        return Stream.of(WARNINGS).map(c -> DynamicTest.dynamicTest(name(c[0]), () -> {",
        "            List<String> seen = new ArrayList<>();",
        "            Tokenizer t = new Tokenizer(c[0], \"<test>\");",
        "            t.setWarningHandler((msg, line) -> seen.add(msg + \"@\" + line) && false);",
        "            try {",
        "                while (t.next().type != TokenType.ENDMARKER) {",
        "                    // drain",
        "                }",
        "            } catch (PySyntaxError e) {",
        "                // the warnings before it count",
        "            }",
        "            assertEquals(c[1], String.join(\" \", seen));",
        "            Tokenizer strict = new Tokenizer(c[0], \"<test>\");",
        "            strict.setWarningHandler((msg, line) -> true);",
        "            String error = \"OK\";",
        "            try {",
        "                while (strict.next().type != TokenType.ENDMARKER) {",
        "                    // drain",
        "                }",
        "            } catch (PySyntaxError e) {",
        "                error = e.errorType + \": \" + e.msg + \" @\" + e.lineno + \":\" + e.offset + \"-\" + e.endLineno + \":\" + e.endOffset;",
        "            }",
        "            assertEquals(c[2], error);",
        "        }));",
        "    }",
        "}",
    ]
    with open(os.path.join(OUT, "TokenizerTest.java"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_decoder_test():
    lines = [
        "package kiln.parser;",
        "",
        "import static org.junit.jupiter.api.Assertions.assertEquals;",
        "import static org.junit.jupiter.api.Assertions.assertNull;",
        "",
        "import java.nio.charset.StandardCharsets;",
        "import java.util.stream.Stream;",
        "import org.junit.jupiter.api.DynamicTest;",
        "import org.junit.jupiter.api.Test;",
        "import org.junit.jupiter.api.TestFactory;",
        "",
        "// GENERATED by tests/parser/gen_tokenizer_tests.py from CPython 3.12. Do not edit; edit the script.",
        "",
        "/** Source decoding against CPython 3.12: BOM, coding cookies, codecs, newlines, errors. */",
        "class SourceDecoderTest {",
        "    /** {source bytes as ISO-8859-1 chars, decoded text or \"!Type: msg @line:offset\"}. */",
        "    private static final String[][] CASES = {",
    ]
    for b in DECODE_CASES:
        lines.append("        {%s, %s}," % (latin1(b), java_str(decoded(b))))
    lines += [
        "    };",
        "",
        "    private static String decode(String latin1) {",
        "        try {",
        "            return SourceDecoder.decode(latin1.getBytes(StandardCharsets.ISO_8859_1), \"<test>\");",
        "        } catch (PySyntaxError e) {",
        "            return \"!\" + e.errorType + \": \" + e.msg + \" @\" + e.lineno + \":\" + e.offset;",
        "        }",
        "    }",
        "",
        "    @TestFactory",
        "    Stream<DynamicTest> decodesAsCPython() {",
        "        return Stream.of(CASES).map(c -> DynamicTest.dynamicTest(TokenizerTest.name(c[0]),",
        "                () -> assertEquals(c[1], decode(c[0]))));",
        "    }",
        "",
        "    @Test",
        "    void undecodableBytesAreKeptAndReportedLikePython() {",
        "        byte[] bytes = {'x', '=', '\"', 'a', 'b', (byte) 0xf6, 'c', '\"', '\\n'};",
        "        String text = SourceDecoder.decode(bytes, \"<test>\");",
        "        assertEquals(\"x=\\\"ab\\udcf6c\\\"\\n\", text);",
        "        // ast.parse(b'x=\"ab\\xf6c\"\\n'): (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte",
        "        assertEquals(\"'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte\",",
        "                SourceDecoder.undecodableBytesMessage(text, 3, 7));",
        "        assertNull(SourceDecoder.undecodableBytesMessage(text, 0, 3));",
        "        byte[] cut = {'\"', (byte) 0xe3, (byte) 0x81, '\"'};",
        "        // b'\\xe3\\x81'.decode(): 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
        "        assertEquals(\"'utf-8' codec can't decode bytes in position 0-1: unexpected end of data\",",
        "                SourceDecoder.undecodableBytesMessage(SourceDecoder.decode(cut, \"<test>\"), 1, 3));",
        "    }",
        "",
        "    @Test",
        "    void byteColumnsCountKeptBytesAsOne() {",
        "        Source s = SourceDecoder.decodeSource(new byte[] {'a', (byte) 0xff, 'b', '\\n'}, \"<test>\");",
        "        assertEquals(2, s.byteColumn(2));",
        "        assertEquals(true, s.errorColumnsInBytes());",
        "        assertEquals(false, SourceDecoder.decodeSource(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a'},",
        "                \"<test>\").errorColumnsInBytes());",
        "    }",
        "",
        "    @Test",
        "    void lineTable() {",
        "        Source s = Source.of(\"a = 'é'\\r\\nb\", true);",
        "        assertEquals(\"a = 'é'\\nb\\n\", s.text());",
        "        assertEquals(2, s.lineCount());",
        "        assertEquals(\"b\\n\", s.line(2));",
        "        assertEquals(2, s.lineOf(8));",
        "        assertEquals(7, s.byteColumn(1, 6));",
        "        assertEquals(6, s.charIndex(1, 7));",
        "    }",
        "}",
    ]
    with open(os.path.join(OUT, "SourceDecoderTest.java"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("gen_tokenizer_tests.py must run under CPython 3.12 (PYENV_VERSION=3.12.1 python ...)")
    write_tokenizer_test()
    write_decoder_test()
    print("wrote TokenizerTest.java (%d token, %d error, %d position cases) and SourceDecoderTest.java (%d cases)"
          % (len(TOKEN_CASES), len(ERROR_CASES), len(POSITION_CASES), len(DECODE_CASES)))


if __name__ == "__main__":
    main()
