"""Writes parser/src/test/java/kiln/parser/ExpressionParserTest.java.

    PYENV_VERSION=3.12.1 python tests/parser/gen_expression_tests.py

Every expected value (AST dump with positions, or SyntaxError class/message/position) comes from
CPython 3.12, which must be the interpreter running this script. Edit CASES / ERRORS, then rerun.
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "parser", "src", "test", "java", "kiln", "parser")

# Expressions (as statements) that CPython 3.12 accepts; the full dump with attributes is compared.
CASES = [
    # operators and precedence
    "a + b * c - d / e // f % g @ h ** i\n",
    "-x ** -y\n",
    "~a ** -b\n",
    "not a and b or c and not d\n",
    "x = not not a\n",
    "a < b <= c > d >= e == f != g in h not in i is j is not k\n",
    "a | b ^ c & d << e >> f\n",
    "x if y else z\n",
    "x = a if b else c if d else e\n",
    "x = await y if z else w\n",
    # primaries
    "f(a)(b)[c].d\n",
    "x = a.b[c](d).e\n",
    "f(a, b, *c, d=1, **e)\n",
    "print(a, *b, c, **d, e=f)\n",
    "f(a, *b, c=1, *d, **e, f=2)\n",
    "f(x for x in y)\n",
    "f((a for b in c), d)\n",
    "f(x:=1, y=2)\n",
    # subscripts and slices
    "a[1:2, ::3, :, 4]\n",
    "x = a[1:2:3]\nx = a[::]\nx = a[b][c]\n",
    "a[b:=1]\n",
    "a[*b]\n",
    "x[*a, b]\n",
    "x[()]\nx[(a, b)]\nx[a, b]\n",
    # atoms and displays
    "...\n",
    "True, False, None\n",
    "x = 1_000 + 0x1f + 1e10 + 3j + 0o7 + 0b11 + 1.5e-3 + 10**100\n",
    "[1, 2, *c]\n",
    "(1,)\n()\n(a)\n(yield)\n",
    "x = ((a, b))\n",
    "x = a, *b, c\n",
    "{1: 2, **a}\n{1, 2}\n{}\n",
    "x = {**a, **b}\n",
    "x = {a, *b}\n",
    # comprehensions
    "[x for x in y if z for w in v]\n",
    "{x: y for x, y in z}\n",
    "{x for x in y}\n",
    "x = {a: b for a, b in c if d if e}\n",
    "x = (a for b in c for d in e)\n",
    "async def f():\n    [x async for x in y]\n    (x async for x in y)\n    await x\n",
    # walrus
    "(a := 1)\n",
    "if (n := len(a)) > 10: pass\n",
    "(x := 1, y := 2)\n",
    # lambda and parameters
    "lambda: 0\n",
    "lambda x, y=1, *a, z, w=2, **k: x\n",
    "lambda x, /, y: x\n",
    "x = lambda *, a: a\n",
    "x = lambda *a, b=1, **c: 0\n",
    "x = lambda a, /, b=1: 0\n",
    "lambda a, /,: 0\n",
    "def f(a, b: int = 1, /, c=2, *d: str, e, f=3, **g) -> int: pass\n",
    "def f(*args: *Ts): pass\n",
    "def f(a, *, b): pass\n",
    "def f(a=1, /, b=2, *c, d, e=3, **f): pass\n",
    "def f(*, a: int = 1): pass\n",
    "def f(a,): pass\ndef g(a, /,): pass\n",
    "class A(B, *c, d=1, **e): pass\n",
    # yield
    "x = yield from y\n",
    "x = yield a, b\n",
    # targets
    "a.b.c = 1\n",
    "a[1], *b = c\n",
    "(a, b), [c, d] = e\n",
    "(*a, b) = c\n",
    "[a, [b, *c]] = d\n",
    "del a, b[1], c.d\n",
    "del (a), [b], (c, d)\n",
    "del (a.b)\n",
    "for (x) in y: pass\n",
    "x += 1\n",
    # strings and f-strings
    "\"abc\" \"def\"\n",
    "b\"a\" b\"c\"\n",
    "u\"a\" \"b\"\n",
    "\"a\" u\"b\"\n",
    "x = u\"a\" f\"{x}\"\n",
    "x = f\"a{{b}}c{x!r:>{w}} d{y=}\" \"zz\" f\"q\"\n",
    "f\"{x}\" \"\"\n",
    "f\"\" \"\"\n",
    "f\"{x:}\"\n",
    "f\"{x:{y}}\"\n",
    "x = f\"{x:{y}{z}}\"\n",
    "f\"{x:a{y}b}\"\n",
    "f\"{x=:>10}\"\n",
    "f\"{ x = }\"\n",
    "x = f\"{x = !r}\"\n",
    "x = f\"{ x = !s:>{ y }}\"\n",
    "x = f\"{x=!r:^20}\"\n",
    "x = f\"{'a'!a}\"\n",
    "x = f\"a\" \"\" f\"{b}\" \"\" \"c\"\n",
    "x = f\"{x}\" \"\" \"a\"\n",
    "x = \"\" f\"\"\n",
    "x = f\"{f'{x}'}\"\n",
    "x = f\"{x,}\"\nx = f\"{*x,}\"\nx = f\"{yield}\"\n",
    "x = f\"{(lambda: 1)}\"\n",
    "x = f\"\\N{EM DASH}{x}\"\n",
    "x = f\"\"\"a\nb{x}c\"\"\"\n",
    "x = rf\"\\{x}\" f\"\\\\{x}\"\n",
    "x = f\"{{}}\"\n",
    "x = f\"{x!r}\" \"a\" \"b\"\n",
]

# Sources that CPython 3.12 rejects: class, message, line, offset, end line, end offset.
ERRORS = [
    "f(a=)\n",
    "f(**k, *a)\n",
    "f(a for a in b, c)\n",
    "f(x, a for a in b)\n",
    "f(a=1, b)\n",
    "f(**k, b)\n",
    "f(a.b=1)\n",
    "f(True=1)\n",
    "f(**a=1)\n",
    "f(*a=1)\n",
    "f(a=1 for x in y)\n",
    "f(1 2)\n",
    "{**a for a in b}\n",
    "[*a for a in b]\n",
    "[a, b for b in c]\n",
    "x = yield = 1\n",
    "f\"{x!z}\"\n",
    "f\"{}\"\n",
    "f\"{lambda x: 1}\"\n",
    "f\"{!r}\"\n",
    "f\"{=}\"\n",
    "f\"{:}\"\n",
    "f\"{x:{=}}\"\n",
    "f\"{x y}\"\n",
    "f\"{x!r !s}\"\n",
    "f\"{x=!}\"\n",
    "f\"{x:{y}\"\n",
    "x if y\n",
    "x = (a if b)\n",
    "lambda x=1, y: 1\n",
    "lambda (a): 1\n",
    "lambda *a=1: 1\n",
    "def f(x=1, y): pass\n",
    "def f(*): pass\n",
    "def f(*, **k): pass\n",
    "def f(**k, a): pass\n",
    "def f(*a=1): pass\n",
    "def f(**a=1): pass\n",
    "def f(a, /, b, /): pass\n",
    "def f(*a, /): pass\n",
    "def f((a, b)): pass\n",
    "def f(a, /*): pass\n",
    "def f(*a, *b): pass\n",
    "def f(a=): pass\n",
    "a = (*b)\n",
    "(**a)\n",
    "del f()\n",
    "del (a, f())\n",
    "del *a\n",
    "for f() in x: pass\n",
    "for i < (): pass\n",
    "[x for f() in y]\n",
    "[x for a b]\n",
    "[x for a in]\n",
    "x.a := 1\n",
    "(a.b := 1)\n",
    "True = 1\n",
    "x = {1: 2, 3}\n",
    "x = {1:}\n",
    "x = {1: *a}\n",
    "x = {**a: 1}\n",
    "a = [1 2]\n",
    "(a b)\n",
    "a = 1 2\n",
    "f() = 1\n",
    "(yield) = 1\n",
    "\"a\" \"b\" = 1\n",
    "... = 1\n",
    "not x = 1\n",
    "a if b else c = 1\n",
    "print \"a\"\n",
    "exec \"a\"\n",
    "1 + not x\n",
    "if x = 1: pass\n",
    "b\"a\" \"b\"\n",
    "f'' b''\n",
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


def main():
    lines = ["// Generated by tests/parser/gen_expression_tests.py from CPython 3.12. Do not edit; rerun the script.\n",
             "package kiln.parser;\n\n",
             "import static org.junit.jupiter.api.Assertions.assertEquals;\n",
             "import static org.junit.jupiter.api.Assertions.assertThrows;\n\n",
             "import org.junit.jupiter.api.DynamicTest;\n",
             "import org.junit.jupiter.api.TestFactory;\n\n",
             "/** Expression ASTs and expression SyntaxErrors equal to CPython 3.12's. */\n",
             "class ExpressionParserTest {\n",
             "    private static final String[][] CASES = {\n"]
    for src in CASES:
        dump = ast.dump(ast.parse(src.encode("utf-8"), "<test>"), include_attributes=True)
        lines.append("        {%s,\n         %s},\n" % (java_string(src), java_string(dump)))
    lines.append("    };\n\n    private static final String[][] ERRORS = {\n")
    for src in ERRORS:
        try:
            ast.parse(src.encode("utf-8"), "<test>")
        except SyntaxError as e:
            expected = "%s: %s @%d:%d-%d:%d" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        else:
            sys.exit("not an error in CPython 3.12: %r" % src)
        lines.append("        {%s, %s},\n" % (java_string(src), java_string(expected)))
    lines.append("""    };

    @TestFactory
    java.util.stream.Stream<DynamicTest> expressionsMatchCPython() {
        return java.util.Arrays.stream(CASES).map(c -> DynamicTest.dynamicTest(c[0], () ->
                assertEquals(c[1], Parser.parse(c[0], "<test>", Parser.Mode.EXEC).dump())));
    }

    @TestFactory
    java.util.stream.Stream<DynamicTest> expressionErrorsMatchCPython() {
        return java.util.Arrays.stream(ERRORS).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            PySyntaxError e = assertThrows(PySyntaxError.class,
                    () -> Parser.parseFile(c[0].getBytes(java.nio.charset.StandardCharsets.UTF_8), "<test>"));
            assertEquals(c[1], e.errorType + ": " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno
                    + ":" + e.endOffset);
        }));
    }

    @org.junit.jupiter.api.Test
    void deepNestingRaisesCPythonsMemoryError() {
        // CPython 3.12: MemoryError("Parser stack overflowed - Python source too complex to parse")
        ParserLimitError e = assertThrows(ParserLimitError.class,
                () -> Parser.parse("-".repeat(100000) + "1\\n", "<test>", Parser.Mode.EXEC));
        assertEquals("MemoryError", e.pythonType);
        assertEquals("Parser stack overflowed - Python source too complex to parse", e.msg);
        assertThrows(ParserLimitError.class,
                () -> Parser.parse("lambda: ".repeat(2985) + "x\\n", "<test>", Parser.Mode.EXEC));
        assertThrows(ParserLimitError.class,
                () -> Parser.parse(String.join("**", java.util.Collections.nCopies(2986, "x")) + "\\n", "<test>",
                        Parser.Mode.EXEC));
    }

    @org.junit.jupiter.api.Test
    void nestingJustBelowCPythonsLimitParses() {
        // CPython 3.12 parses these (its AST conversion then fails, which is not the parser's limit)
        Parser.parse("-".repeat(5968) + "1\\n", "<test>", Parser.Mode.EXEC);
        Parser.parse("lambda: ".repeat(2984) + "x\\n", "<test>", Parser.Mode.EXEC);
        Parser.parse(String.join("**", java.util.Collections.nCopies(2985, "x")) + "\\n", "<test>", Parser.Mode.EXEC);
    }
}
""")
    with open(os.path.join(OUT, "ExpressionParserTest.java"), "w", encoding="utf-8") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 12):
        sys.exit("run under CPython 3.12 (PYENV_VERSION=3.12.1 python ...)")
    main()
