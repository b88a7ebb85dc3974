"""Writes parser/src/test/java/kiln/parser/fuzz/DeepNestingCases.java.

    PYENV_VERSION=3.12.1 python tests/parser/gen_deep_nesting_cases.py

For every kind of deep nesting built by kiln.parser.fuzz.DeepNesting (mirrored below, builder for
builder), CPython 3.12's ast.parse is run over N = 1..260 and a geometric grid up to the kind's
largest N, with bisection wherever the outcome changes. The output holds:
  KINDS        kind, largest N measured
  TRANSITIONS  kind, N, outcome from N on ("OK" or "Class: message")
  PROBES       kind, N, length and CRC-32 of the UTF-8 source, CPython's exact outcome
               ("Class: message @line:offset-end_line:end_offset" for SyntaxErrors)
DeepNestingTest checks Kiln against PROBES; the fuzzer uses TRANSITIONS as its oracle.
Takes a few minutes: CPython is slow on some of the larger inputs.
"""
import ast
import os
import sys
import warnings
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "parser", "src", "test", "java", "kiln", "parser",
                   "fuzz", "DeepNestingCases.java")


def cycle(chars, n):
    return "".join(chars[i % len(chars)] for i in range(n))


def mixed_brackets(n):
    return "".join("([{"[i % 3] for i in range(n)) + "x" + "".join(")]}"[i % 3] for i in range(n - 1, -1, -1))


def nested_fstrings(n, alternate):
    s = "x"
    for i in range(n):
        q = '"' if alternate and i % 2 == 1 else "'"
        s = "f" + q + "{" + s + "}" + q
    return s


def blocks(header, unit, n):
    return "".join(unit * i + header + "\n" for i in range(n)) + unit * n + "pass\n"


def try_blocks(n):
    return ("".join(" " * i + "try:\n" for i in range(n)) + " " * n + "pass\n"
            + "".join(" " * i + "finally: pass\n" for i in range(n - 1, -1, -1)))


BRACKETS, UNARY, CHAIN = 20000, 200000, 200000
# (kind, builder, largest N); same order and sources as DeepNesting.source.
KINDS = [
    ("paren", lambda n: "(" * n + "x" + ")" * n, BRACKETS),
    ("bracket", lambda n: "[" * n + "x" + "]" * n, BRACKETS),
    ("brace", lambda n: "{" * n + "x" + "}" * n, BRACKETS),
    ("paren-newlines", lambda n: "(\n" * n + "x" + "\n)" * n, BRACKETS),
    ("mixed-brackets", mixed_brackets, BRACKETS),
    ("unclosed-paren", lambda n: "(" * n, BRACKETS),
    ("unclosed-mixed", lambda n: cycle("([{", n - 1) + "(", BRACKETS),
    ("tuple", lambda n: "(1," * n + ")" * n, BRACKETS),
    ("list", lambda n: "[1," * n + "]" * n, BRACKETS),
    ("set", lambda n: "{1," * n + "}" * n, BRACKETS),
    ("dict", lambda n: "{1:" * n + "1" + "}" * n, BRACKETS),
    ("call", lambda n: "f(" * n + ")" * n, BRACKETS),
    ("subscript", lambda n: "a[" * n + "0" + "]" * n, BRACKETS),
    ("listcomp", lambda n: "[x for x in " * n + "y" + "]" * n, BRACKETS),
    ("genexp", lambda n: "(x for x in " * n + "y" + ")" * n, BRACKETS),
    ("walrus", lambda n: "(a:=" * n + "1" + ")" * n, BRACKETS),
    ("match-sequence", lambda n: "match x:\n case " + "[" * n + "a" + "]" * n + ": pass\n", BRACKETS),
    ("match-class", lambda n: "match x:\n case " + "C(" * n + "a" + ")" * n + ": pass\n", BRACKETS),
    ("neg", lambda n: "-" * n + "1", UNARY),
    ("pos", lambda n: "+" * n + "1", UNARY),
    ("invert", lambda n: "~" * n + "1", UNARY),
    ("not", lambda n: "not " * n + "x", UNARY),
    ("unary-mixed", lambda n: cycle("-+~", n) + "1", UNARY),
    ("lambda", lambda n: "lambda: " * n + "x", 100000),
    ("lambda-arg", lambda n: "lambda x: " * n + "x", 100000),
    ("power", lambda n: "2" + "**2" * n, 100000),
    ("await", lambda n: "async def f():\n " + "await " * n + "x\n", 100000),
    ("attribute-chain", lambda n: "a" + ".b" * n, CHAIN),
    ("call-chain", lambda n: "f" + "()" * n, CHAIN),
    ("subscript-chain", lambda n: "a" + "[0]" * n, CHAIN),
    ("plus-chain", lambda n: "x" + "+x" * n, CHAIN),
    ("mult-chain", lambda n: "a" + "*a" * n, CHAIN),
    ("bitor-chain", lambda n: "a" + "|a" * n, CHAIN),
    ("compare-chain", lambda n: "a<" * n + "a", CHAIN),
    ("or-chain", lambda n: "a or " * n + "a", CHAIN),
    ("if-expression", lambda n: "x if x else " * n + "x", 100000),
    ("elif-chain", lambda n: "if x: pass\n" + "elif x: pass\n" * n, 100000),
    ("string-concat", lambda n: "'a' " * n, CHAIN),
    ("fstring-concat", lambda n: "f'{x}' 'a' " * n, 20000),
    ("decorators", lambda n: "@d\n" * n + "def f(): pass\n", 100000),
    ("semicolons", lambda n: "x=1;" * n, 100000),
    ("continuation-lines", lambda n: "x = 1" + " \\\n+1" * n, 100000),
    ("fstring", lambda n: nested_fstrings(n, True), 1000),
    ("fstring-same-quote", lambda n: nested_fstrings(n, False), 1000),
    ("fstring-format-spec", lambda n: "f'{x" + ":{x" * n + "}" * n + "}'", 1000),
    ("if-blocks", lambda n: blocks("if x:", " ", n), 500),
    ("if-blocks-tab", lambda n: blocks("if x:", "\t", n), 500),
    ("def-blocks", lambda n: blocks("def f():", "    ", n), 500),
    ("class-blocks", lambda n: blocks("class C:", "  ", n), 500),
    ("while-blocks", lambda n: blocks("while x:", " ", n), 500),
    ("with-blocks", lambda n: blocks("with x:", " ", n), 500),
    ("try-blocks", try_blocks, 500),
]


def outcome(source):
    """CPython's full outcome, and its class-and-message part."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source.encode("utf-8"), "<fuzz>")
        return "OK", "OK"
    except SyntaxError as e:
        short = "%s: %s" % (type(e).__name__, e.msg)
        return "%s @%d:%d-%d:%d" % (short, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0), short
    except (MemoryError, RecursionError, ValueError) as e:
        short = "%s: %s" % (type(e).__name__, e)
        return short, short


def explore(build, largest):
    """Returns [(n, short outcome)] at every n where the outcome changes, starting at n = 1."""
    cache = {}

    def short(n):
        if n not in cache:
            cache[n] = outcome(build(n))[1]
        return cache[n]

    grid = list(range(1, min(largest, 260) + 1))
    n = 260
    while n < largest:
        n = min(largest, int(n * 1.08) + 1)
        grid.append(n)
    changes = [(1, short(1))]
    for a, b in zip(grid, grid[1:]):
        if short(a) == short(b):
            continue
        lo, hi = a, b
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if short(mid) == short(lo):
                lo = mid
            else:
                hi = mid
        changes.append((hi, short(hi)))
    return changes


def java_string(s):
    out = []
    for ch in s:
        if ch in "\\\"":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif " " <= ch < "\x7f":
            out.append(ch)
        else:
            out.append("\\u%04x" % ord(ch))
    return '"' + "".join(out) + '"'


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12 (PYENV_VERSION=3.12.1 python ...)")
    kinds, transitions, probes = [], [], []
    for kind, build, largest in KINDS:
        changes = explore(build, largest)
        print("%-22s %s" % (kind, ", ".join("%d: %s" % c for c in changes)), file=sys.stderr)
        kinds.append("        {%s, %d}," % (java_string(kind), largest))
        for n, short in changes:
            transitions.append("        {%s, %d, %s}," % (java_string(kind), n, java_string(short)))
        ns = {1, largest}
        for n, _ in changes[1:]:
            ns.update((n - 1, n))
        for n in sorted(ns):
            data = build(n).encode("utf-8")
            full = outcome(build(n))[0]
            probes.append("        {%s, %d, %d, 0x%08xL, %s}," % (java_string(kind), n, len(data),
                                                                   zlib.crc32(data), java_string(full)))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by tests/parser/gen_deep_nesting_cases.py from CPython %s. Do not edit; rerun the script.\n"
                % sys.version.split()[0])
        f.write("package kiln.parser.fuzz;\n\n")
        f.write("/** CPython 3.12's ast.parse outcomes on {@link DeepNesting}'s sources (see the generator's docstring). */\n")
        f.write("final class DeepNestingCases {\n    private DeepNestingCases() {}\n\n")
        f.write("    /** Kind, largest N measured. */\n    static final Object[][] KINDS = {\n")
        f.write("\n".join(kinds) + "\n    };\n\n")
        f.write("    /** Kind, N, CPython's outcome for this N and every larger one up to the next row of the kind. */\n")
        f.write("    static final Object[][] TRANSITIONS = {\n" + "\n".join(transitions) + "\n    };\n\n")
        f.write("    /** Kind, N, source length in bytes, CRC-32 of the source, CPython's exact outcome. */\n")
        f.write("    static final Object[][] PROBES = {\n" + "\n".join(probes) + "\n    };\n}\n")
    print("wrote %s: %d kinds, %d transitions, %d probes" % (OUT, len(kinds), len(transitions), len(probes)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
