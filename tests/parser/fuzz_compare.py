"""Holds the fuzzer's inputs and Kiln's outcomes (tests/parser/fuzz.sh --dump DIR) against CPython 3.12.

    tests/parser/fuzz.sh --inputs 5000 --seed 5 --dump /tmp/fuzz-dump
    PYENV_VERSION=3.12.1 python tests/parser/fuzz_compare.py /tmp/fuzz-dump [--examples 5]

For every input CPython 3.12 computes ast.parse(bytes) and the outcome is compared with Kiln's: "OK",
or the error class, message and line. Differences are counted by mutator and by kind (class, message,
line) and a few examples of each are shown. CPython's "RecursionError: ... during ast construction"
against a tree from Kiln is no difference: that error comes from converting the tree to Python
objects, not from parsing. Exit status 1 when any input differs.
"""
import argparse
import ast
import collections
import os
import sys
import warnings

AST_CONSTRUCTION = "RecursionError: maximum recursion depth exceeded during ast construction"


def cpython_outcome(source):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
        return "OK"
    except SyntaxError as e:  # IndentationError and TabError included
        return "%s: %s @%d" % (type(e).__name__, e.msg, e.lineno or 0)
    except (ValueError, MemoryError, RecursionError, UnicodeError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, str(e).replace("\n", " "))


def kind_of_difference(kiln, cpython):
    k_class, c_class = kiln.split(":")[0], cpython.split(":")[0]
    if k_class != c_class:
        return "class %s, CPython %s" % (k_class, c_class)
    if kiln.split(" @")[0] != cpython.split(" @")[0]:
        return "message"
    return "line"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--examples", type=int, default=5, help="examples shown per kind of difference")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit("fuzz_compare.py must run under CPython 3.12 (PYENV_VERSION=3.12.1 python ...)")
    same = 0
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    with open(os.path.join(args.dir, "kiln.tsv"), encoding="utf-8", errors="surrogateescape") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    for index, mutator, origin, kiln in rows:
        with open(os.path.join(args.dir, index + ".py"), "rb") as f:
            source = f.read()
        cpython = cpython_outcome(source)
        if kiln == cpython or (cpython == AST_CONSTRUCTION and kiln == "OK"):
            same += 1
            continue
        kind = kind_of_difference(kiln, cpython)
        counts[(kind, mutator)] += 1
        examples[kind].append((index, mutator, origin, kiln, cpython))
    by_kind = collections.Counter()
    for (kind, _), n in counts.items():
        by_kind[kind] += n
    for kind, n in by_kind.most_common():
        per_mutator = ", ".join("%s %d" % (m, c) for (k, m), c in counts.most_common() if k == kind)
        print("%6d  %s  (%s)" % (n, kind, per_mutator))
        for index, mutator, origin, kiln, cpython in examples[kind][:args.examples]:
            print("          %s/%s.py (%s of %s)\n            kiln:    %s\n            cpython: %s"
                  % (args.dir, index, mutator, origin, kiln[:160], cpython[:160]))
    different = sum(by_kind.values())
    print("fuzz-compare: %d same, %d different" % (same, different))
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
