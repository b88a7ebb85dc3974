"""Writes parser/src/test/java/kiln/parser/{StatementParserTest,ParserErrorTest}.java.

    PYENV_VERSION=3.12.1 python tests/parser/gen_statement_tests.py

Every expected value (AST dump, or SyntaxError class/message/position) comes from CPython 3.12,
which must be the interpreter running this script. Edit the CASES / ERRORS lists, then rerun.
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "parser", "src", "test", "java", "kiln", "parser")

# Statements that CPython 3.12 accepts: the test compares the full dump with attributes.
CASES = [
    # simple statements
    "pass; break; continue\n",
    "x = 1\n",
    "a = b = c, d = 1, 2\n",
    "x: int\n",
    "x: int = 1\n",
    "(x): int = 1\n",
    "a.b: int\n",
    "a[0]: 'str' = yield\n",
    "x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx %= 1\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\nx **= 1\nx //= 1\n",
    "a.b += yield x\n",
    "x = *a, b\n",
    "x = yield a, b\n",
    "return\n",
    "return 1, *a\n",
    "raise\nraise E\nraise E from c\n",
    "global a\nnonlocal a, b\n",
    "del a, (b, c), [d.e, f[0]]\n",
    "del a,\n",
    "assert x\nassert x, 'msg'\n",
    "f(x)\nx\n1 + 2\n",
    "yield\nyield x\nyield from y\nawait z\n",
    # imports
    "import a\nimport a.b.c as d, e\n",
    "from a import b\nfrom a.b import c as d, e\n",
    "from . import x\nfrom .. import y\nfrom ... import z\nfrom .... import w\nfrom ...a.b import (c as d, e,)\n",
    "from a import *\n",
    "from .a import (b)\n",
    # soft keywords as names
    "match = 1\ncase = 2\ntype = 3\n_ = 4\nmatch(x)\nmatch[x]\ntype.x = 1\nprint(match, case, type, _)\n",
    "match.x: int = 1\n",
    # if / while / for
    "if a:\n    pass\n",
    "if a: pass\nelif b: pass\nelif c: pass\nelse: pass\n",
    "if a:\n    x\nelse:\n    if b:\n        y\n",
    "if (n := 10) > 5:\n    pass\n",
    "while x:\n    pass\nelse:\n    pass\n",
    "for x in y:\n    pass\n",
    "for x, in y: pass\nelse: pass\n",
    "for (a, *b), [c] in d, e:\n    break\n",
    "async def f():\n    async for x in y:\n        pass\n    else:\n        pass\n",
    # with
    "with a: pass\n",
    "with a as b, c as (d, e): pass\n",
    "with (a as b, c): pass\n",
    "with (a, b): pass\n",
    "with (a): pass\n",
    "with (a, b) as c: pass\n",
    "with (a as b, c as d,): pass\n",
    "with (yield): pass\n",
    "async def f():\n    async with a as b, c:\n        pass\n    async with (a as b):\n        pass\n",
    # try
    "try:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* E as e:\n    pass\nexcept* (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    # functions and classes
    "def f(): pass\n",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return a\n",
    "@a.b(c)\n@d\ndef f[T](x) -> int:\n    pass\n    # comment\n",
    "@d\nasync def f(*, a): await a\n",
    "class C: pass\n",
    "class C(A, B, metaclass=M, *a, **k):\n    x = 1\n",
    "@dec\nclass C():\n    def m(self):\n        pass\n",
    "class C[T, *Ts, **P](Base[T]):\n    pass\n",
    "def f[T: int, U: (int, str), *Ts, **P](): pass\n",
    "def f[T,](): pass\n",
    # type aliases
    "type X = int\n",
    "type X[T] = list[T]\n",
    "type X[T: int, *Ts, **P] = Callable[P, tuple[T, *Ts]]\n",
    # match
    "match x:\n    case 1:\n        pass\n",
    "match x:\n    case -1 | 1.5 | -2j | 1+2j | -1-2j | 'a' 'b' | b'x' | None | True | False:\n        pass\n",
    "match x:\n    case a.b.c | d.e:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case y:\n        pass\n",
    "match x:\n    case [a, *rest] | (b, *_) | [] | () | [c,] | (d,):\n        pass\n",
    "match x:\n    case a, *b, c:\n        pass\n",
    "match x:\n    case {}:\n        pass\n    case {1: a, 'k': b, c.d: e, None: f, **rest}:\n        pass\n    case {**rest,}:\n        pass\n",
    "match x:\n    case C():\n        pass\n    case C(a, b):\n        pass\n    case C(a=1, b=2,):\n        pass\n    case m.C(1, x=[y]):\n        pass\n",
    "match x:\n    case (1 | 2) as y if y > 1:\n        pass\n    case ((a)):\n        pass\n",
    "match x, y:\n    case 1, 2:\n        pass\n",
    "match *a, b:\n    case [*_]:\n        pass\n",
    "match (yield):\n    case _: pass\n",
    "match -x:\n    case {'a': [1, {'b': C(d=e)}]}:\n        pass\n",
    # blocks and layout
    "if a:\n    x = 1; y = 2;\n    if b:\n        z\n\n# comment\n\nw\n",
    "def f():\n    '''doc'''\n\n\n    return 1\n",
    "x = 1 \\\n  + 2\n",
    "",
    "\n\n# only a comment\n",
    "x = 1",
    "if x:\n    pass\n  # dedented comment\n",
    "x = 'é'; y = 'é'\n",
]

# Other start rules: (mode, source).
MODE_CASES = [
    ("eval", "a, b\n\n"),
    ("eval", "x if y else z"),
    ("single", "x = 1; y = 2\n"),
    ("single", "if x:\n  pass\n"),
    ("single", "@d\nclass C: pass\n"),
    ("single", "x = 1\n# comment\n\n"),
    ("func_type", "(int, *str, **dict) -> None"),
    ("func_type", "() -> int"),
]

# Sources that CPython 3.12 rejects: (class, msg, lineno, offset, end_lineno, end_offset) must match.
ERRORS = [
    "def f:\n pass\n",
    "def f() pass\n",
    "class C pass\n",
    "import a, b from c\n",
    "import a.b from c\n",
    "from x import a,\n",
    "match x:\n case a as _: pass\n",
    "match x:\n case a as 1: pass\n",
    "match x:\n case 1+2: pass\n",
    "match x:\n case 1j+2j: pass\n",
    "match x:\n case C(a=1, b): pass\n",
    "match x\n case 1: pass\n",
    "match x:\ncase 1: pass\n",
    "match x:\n case 1\n  pass\n",
    "match x:\n case 1:\n pass\n",
    "def f[*T: int](): pass\n",
    "def f[**P: (int, str)](): pass\n",
    "try:\n pass\nexcept A, B as c:\n pass\n",
    "try:\n pass\nexcept A, B:\n pass\n",
    "try:\n pass\nexcept* :\n pass\n",
    "try:\n pass\nexcept A\n pass\n",
    "try:\n pass\nexcept\n pass\n",
    "try:\n pass\nexcept* A\n pass\n",
    "try:\n pass\nx = 1\n",
    "try\n pass\n",
    "try:\n pass\nfinally\n pass\n",
    "try:\n pass\nexcept A:\n pass\nexcept* B:\n pass\n",
    "try:\n pass\nexcept* A:\n pass\nexcept B:\n pass\n",
    "with a\n pass\n",
    "async with a\n pass\n",
    "with (a, b)\n pass\n",
    "with a as f(): pass\n",
    "for x in y\n pass\n",
    "while x\n pass\n",
    "if x\n pass\n",
    "if x:\n pass\nelif y\n pass\n",
    "if x:\n pass\nelse\n pass\n",
    "class C[T]\n pass\n",
    "def f[T]():\npass\n",
    "def f():\npass\n",
    "class C:\npass\n",
    "@d\nclass C:\npass\n",
    "if x:\npass\n",
    "if x:\n pass\nelif y:\npass\n",
    "if x:\n pass\nelse:\npass\n",
    "while x:\npass\n",
    "for x in y:\npass\n",
    "for x in y:\n pass\nelse:\npass\n",
    "with a:\npass\n",
    "with (a as b):\npass\n",
    "try:\npass\n",
    "try:\n pass\nexcept:\npass\n",
    "try:\n pass\nexcept E:\npass\n",
    "try:\n pass\nexcept* E:\npass\n",
    "try:\n pass\nfinally:\npass\n",
    "x: int, y: int = 1\n",
    "(a, b): int\n",
    "[a]: int\n",
    "f(): int\n",
    "(x).y: int\n",
    "a, b += 1\n",
    "f() = 1\n",
    "x = yield = 1\n",
    "(a, f()) = 1\n",
    "[a, b.c, *d()] = 1\n",
    "del f()\n",
    "del *a\n",
    "del a, (b, c), [d.e, f()]\n",
    "for f() in x: pass\n",
    "for (a, b()) in c: pass\n",
    "x = 1\n  y = 2\n",
    "if x:\n    a\n  b\n",
    "print 'hello'\n",
    "x = 1 +\n",
    "if x:\n pass\nelse:\n pass\nelif y:\n pass\n",
    "case x:\n pass\n",
    "def f():\n    if y:\nx = 1\n",
    "try:\n   x = 34\n",
    "if 1:",
    "@runtime_checkable",
    "del a[b for b in c]\n",
    "1 +\nx = (\n",
    "x = (\n1 +\n",
    "x = 1\n  y = 2\nz = $\n",
    "if x:\r\n  pass\r\n else:\r\n  pass\r\n",
    "a = 1\nmatch(x)\n1 +\n",
    "import\n",
    "from x import\n",
    "from .. import *, a\n",
    "global a,\n",
    "type X[] = int\n",
    "def f[](): pass\n",
]


def java_string(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\r':
            out.append('\\r')
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            o -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
    out.append('"')
    return ''.join(out)


HEADER = """// Generated by tests/parser/gen_statement_tests.py from CPython 3.12. Do not edit; rerun the script.
package kiln.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

"""


def write_ast_tests():
    lines = [HEADER, "/** Statement ASTs (with positions) equal to CPython 3.12's ast.dump(..., include_attributes=True). */\n",
             "class StatementParserTest {\n",
             "    private static final String[][] CASES = {\n"]
    for src in CASES:
        dump = ast.dump(ast.parse(src.encode("utf-8"), "<test>"), include_attributes=True)
        lines.append("        {%s,\n         %s},\n" % (java_string(src), java_string(dump)))
    lines.append("    };\n\n")
    lines.append("    private static final String[][] MODE_CASES = {\n")
    for mode, src in MODE_CASES:
        dump = ast.dump(ast.parse(src, "<test>", mode=mode), include_attributes=True)
        lines.append("        {%s, %s,\n         %s},\n" % (java_string(mode.upper()), java_string(src), java_string(dump)))
    lines.append("    };\n\n")
    lines.append("""    @TestFactory
    java.util.stream.Stream<DynamicTest> otherModesMatchCPython() {
        return java.util.Arrays.stream(MODE_CASES).map(c -> DynamicTest.dynamicTest(c[0] + " " + c[1],
                () -> assertEquals(c[2], Parser.parse(c[1], "<test>", Parser.Mode.valueOf(c[0])).dump())));
    }

    @TestFactory
    java.util.stream.Stream<DynamicTest> statementsMatchCPython() {
        return java.util.stream.IntStream.range(0, CASES.length).mapToObj(i -> DynamicTest.dynamicTest(
                "[" + i + "] " + CASES[i][0],
                () -> assertEquals(CASES[i][1], Parser.parse(CASES[i][0], "<test>", Parser.Mode.EXEC).dump())));
    }
}
""")
    with open(os.path.join(OUT, "StatementParserTest.java"), "w", encoding="utf-8") as f:
        f.write("".join(lines))


def write_error_tests():
    lines = [HEADER, "/** SyntaxErrors equal to CPython 3.12's: class, message, line, offset, end line, end offset. */\n",
             "class ParserErrorTest {\n",
             "    private static final Object[][] CASES = {\n"]
    for src in ERRORS:
        try:
            ast.parse(src.encode("utf-8"), "<test>")
        except SyntaxError as e:
            expected = "%s: %s @%d:%d-%d:%d" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        else:
            sys.exit("not an error in CPython 3.12: %r" % src)
        lines.append("        {%s, %s},\n" % (java_string(src), java_string(expected)))
    lines.append("    };\n\n")
    lines.append("""    @TestFactory
    java.util.stream.Stream<DynamicTest> errorsMatchCPython() {
        return java.util.Arrays.stream(CASES).map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
            PySyntaxError e = assertThrows(PySyntaxError.class,
                    () -> Parser.parseFile(((String) c[0]).getBytes(java.nio.charset.StandardCharsets.UTF_8), "<test>"));
            assertEquals(c[1], e.errorType + ": " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno
                    + ":" + e.endOffset);
        }));
    }
}
""")
    with open(os.path.join(OUT, "ParserErrorTest.java"), "w", encoding="utf-8") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 12):
        sys.exit("run under CPython 3.12 (PYENV_VERSION=3.12.1 python ...)")
    write_ast_tests()
    write_error_tests()
