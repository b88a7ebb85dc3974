"""Compares Kiln's AST with CPython 3.12's on every .py file of CPython's Lib.

    PYENV_VERSION=3.12.1 python tests/parser/compare_lib.py [--lib DIR] [--kiln PATH] [--part I/N] [FILE...]

For each file, CPython 3.12 (the interpreter running this script) computes
ast.dump(ast.parse(source_bytes, FILE), include_attributes=True), or "!ErrorClass:LINE" when it
rejects the file; `kiln -X dump-ast` prints the same for all files in one process. Every difference
is reported with the first differing position. Exit status 1 when any file differs.
Lib defaults to the Lib of the running CPython, without site-packages (installed third-party code).
"""
import argparse
import ast
import os
import subprocess
import sys
import sysconfig
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def lib_files(lib):
    files = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages" and d != "__pycache__")
        files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return files


def cpython_dump(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, path)
        return ast.dump(tree, include_attributes=True)
    except SyntaxError as e:  # IndentationError and TabError included
        return "!%s:%s" % (type(e).__name__, e.lineno)
    except (ValueError, MemoryError, RecursionError) as e:
        return "!%s:0" % type(e).__name__


def first_difference(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    lo = max(0, i - 120)
    return i, a[lo:i + 120], b[lo:i + 120]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--kiln", default=os.path.join(ROOT, "kiln"))
    ap.add_argument("--part", default="1/1", help="I/N: check only every N-th file starting at I")
    ap.add_argument("--quiet", action="store_true", help="name failing files without their differences")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit("compare_lib.py must run under CPython 3.12 (PYENV_VERSION=3.12.1 python ...)")
    files = args.files or lib_files(args.lib)
    part, parts = (int(x) for x in args.part.split("/"))
    files = files[part - 1::parts]

    proc = subprocess.Popen([args.kiln, "-X", "dump-ast", *files], stdout=subprocess.PIPE,
                            text=True, encoding="utf-8", errors="surrogateescape")
    passed = failed = 0
    seen = set()
    for line in proc.stdout:
        path, _, dump = line.rstrip("\n").partition("\t")
        seen.add(path)
        expected = cpython_dump(path)
        if dump == expected:
            passed += 1
            continue
        failed += 1
        if args.quiet or expected.startswith("!") or dump.startswith("!"):
            print("DIFF %s: kiln %s, cpython %s" % (path, dump[:200] if dump.startswith("!") else "<tree>",
                                                  expected[:200] if expected.startswith("!") else "<tree>"))
        else:
            i, ka, kb = first_difference(dump, expected)
            print("DIFF %s at char %d\n  kiln:    %s\n  cpython: %s" % (path, i, ka, kb))
    proc.wait()
    missing = [f for f in files if f not in seen]
    for f in missing:
        failed += 1
        print("MISSING %s: kiln printed no line for it (exit status %s)" % (f, proc.returncode))
    print("ast-compare: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
