#!/usr/bin/env python3
"""Writes the expected compile-time SyntaxErrors/warnings for CodeGenErrorsTest, as CPython 3.12 reports them.

Run with CPython 3.12:  PYENV_VERSION=3.12.1 python tests/compiler/gen_error_cases.py
Output: compiler/src/test/resources/kiln/compiler/codegen_errors.txt, one case per line, tab-separated:
    source  type  msg  lineno  offset  end_lineno  end_offset
(source with backslash escapes \\ \n \t; offsets as CPython's SyntaxError attributes).
Only errors raised after parsing (compiler, symbol table, future statements) belong here.
"""
import os
import sys
import warnings

CASES = [
    # compile.c: statements in the wrong place
    "return 1",
    "x = 1\nreturn",
    "class C:\n    return 3",
    "break",
    "if x:\n    break",
    "continue",
    "def f():\n    continue",
    "class C:\n    for x in y:\n        pass\n    break",
    "while x:\n    def f():\n        break",
    "yield 1",
    "x = yield",
    "class C:\n    yield",
    "yield from x",
    "async def f():\n    yield from x",
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "async def f():\n    yield 1\n    return 2",
    "lambda: (await x)",
    # try / except
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    break",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
    # starred expressions
    "*a = 1",
    "print(*a for a in b)" if False else "x = *a",
    "del *a",
    "a, *b, *c = d",
    "[*a, *b] = c",
    "*a, b = " + ", ".join(["x"] * 3) if False else "x = (*a)",
    ", ".join("a%d" % i for i in range(300)) + ", *b = c",
    # __debug__
    "__debug__ = 1",
    "def f(__debug__): pass",
    "f(__debug__=1)",
    "del __debug__",
    "x.__debug__ = 1",
    "class C:\n    def __debug__(self): pass",
    # keywords
    "f(a=1, a=2)",
    "f(x, b=1, c=2, b=3)",
    # patterns
    "match x:\n    case [a, a]: pass",
    "match x:\n    case a: pass\n    case 1: pass",
    "match x:\n    case _: pass\n    case 1: pass",
    "match x:\n    case a | 1: pass",
    "match x:\n    case [a] | [b]: pass",
    "match x:\n    case {1: a, 1: b}: pass",
    "match x:\n    case {'k': a, 'k': b}: pass",
    "match x:\n    case C(a=1, a=2): pass",
    "match x:\n    case (a, *b, *c): pass",
    "match x:\n    case {**a, 'k': a}: pass",
    "match x:\n    case a as a: pass",
    "match x:\n    case (1 as y) | (2 as z): pass",
    # future statements
    "import os\nfrom __future__ import annotations",
    "from __future__ import braces",
    "from __future__ import nested_scopes, rested_snopes",
    "'''doc'''\nfrom __future__ import division\nx = 1\nfrom __future__ import annotations",
    # symbol table
    "def f(a, a): pass",
    "def f(a, *, a): pass",
    "lambda a, a: 1",
    "def f(a):\n    global a",
    "def f():\n    x = 1\n    global x",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    print(x)\n    global x",
    "[(yield x) for x in y]",
    "def f():\n    return [x := 1 for x in y]",
    "class C:\n    [y := 1 for x in z]",
    "def f():\n    [(yield) for x in y]",
    # nesting limits
    "".join("    " * i + "for x%d in y:\n" % i for i in range(21)) + "    " * 21 + "pass",
    # non-ASCII before the error (offsets are UTF-8 byte based)
    "é = 1\nif é:\n    ééé; return",
]

WARNING_CASES = [
    "x is 1",
    "x is not 'a'",
    "1 is x",
    "x is ()",
    "assert (x, 'msg')",
    "f = 1()",
    "f = 'a'(1)",
    "f = [1, 2](3)",
    "f = (1, 2)(3)",
    "x = 1[2]",
    "x = {1, 2}[0]",
    "x = [1, 2]['a']",
    "x = (1, 2)[1.5]",
    "x = 'abc'[()]",
    "x = (y for y in z)[0]",
]


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "..", "compiler", "src", "test", "resources", "kiln", "compiler",
                       "codegen_errors.txt")
    lines = []
    for src in CASES:
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            lines.append("\t".join([esc(src), type(e).__name__, esc(e.msg), str(e.lineno), str(e.offset),
                                    str(e.end_lineno), str(e.end_offset)]))
            continue
        print("no error for", repr(src), file=sys.stderr)
    for src in WARNING_CASES:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter("always")
            compile(src, "<case>", "exec")
        for w in ws:
            if issubclass(w.category, SyntaxWarning):
                lines.append("\t".join([esc(src), "SyntaxWarning", esc(str(w.message)), str(w.lineno),
                                        "-", "-", "-"]))
                break
        else:
            print("no warning for", repr(src), file=sys.stderr)
    with open(os.path.normpath(out), "w", encoding="utf-8") as f:
        f.write("# generated by tests/compiler/gen_error_cases.py with CPython %d.%d.%d; do not edit\n"
                % sys.version_info[:3])
        for line in lines:
            f.write(line + "\n")
    print("wrote %d cases to %s" % (len(lines), os.path.normpath(out)))


if __name__ == "__main__":
    main()
