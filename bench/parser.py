"""Parser speed: all of CPython's Lib parsed by Kiln and by CPython 3.12's ast.parse, as a ratio from one run.

    PYENV_VERSION=3.12.1 python bench/parser.py [--rounds 10] [--warmup 3] [--lib DIR] [--kiln PATH]

Both sides read every file once into memory, then parse all of them `rounds` times in one process,
timing each round: CPython with ast.parse in a child process (so that both peak RSS figures are of a
process doing only this), Kiln with `kiln -X parse-bench=N FILE...`. The order is CPython, Kiln,
CPython again, so a machine that slows down or speeds up during the run affects both sides. Reported:
CPython's median round after warm-up (both CPython runs pooled), Kiln's first round and median round
after warm-up, their ratio (CPython / Kiln: above 1 means Kiln is faster), each process's wall time and
peak RSS. A benchmark, not a test: it asserts nothing.
"""
import argparse
import ast
import os
import statistics
import subprocess
import sys
import sysconfig
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def lib_files(lib):
    """All .py files under lib without site-packages: the rule of tests/parser/compare_lib.py."""
    files = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages" and d != "__pycache__")
        files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return files


def cpython_worker(rounds, list_file):
    """The CPython side, run in a child process: prints the same lines as kiln -X parse-bench."""
    with open(list_file, encoding="utf-8") as f:
        names = f.read().splitlines()
    sources = []
    for n in names:
        with open(n, "rb") as f:
            sources.append(f.read())
    warnings.simplefilter("ignore")
    for r in range(1, rounds + 1):
        errors = 0
        t0 = time.perf_counter()
        for name, src in zip(names, sources):
            try:
                ast.parse(src, name)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                errors += 1
        t1 = time.perf_counter()
        print("round %d: %.6f seconds, %d files, %d syntax errors" % (r, t1 - t0, len(names), errors), flush=True)


def run_child(argv):
    """Runs a child to completion: (round times, syntax errors of the last round, wall seconds, peak RSS in MB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    # wait4 gives this child's own rusage; RUSAGE_CHILDREN would fold every finished child together.
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    times, errors = [], None
    for line in out.splitlines():
        if line.startswith("round "):
            # round K: S seconds, F files, E syntax errors
            parts = line.split()
            times.append(float(parts[2]))
            errors = int(parts[6])
    if proc.returncode != 0 or not times:
        sys.exit("%s failed (exit status %s):\n%s" % (argv[0], proc.returncode, out[-2000:]))
    return times, errors, wall, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=3, help="rounds left out of the medians")
    ap.add_argument("--lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--kiln", default=os.path.join(ROOT, "kiln"))
    ap.add_argument("--cpython-worker", metavar="LIST_FILE", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit("bench/parser.py must run under CPython 3.12 (PYENV_VERSION=3.12.1 python ...)")
    if args.cpython_worker:
        cpython_worker(args.rounds, args.cpython_worker)
        return
    if args.warmup >= args.rounds:
        sys.exit("--warmup must be smaller than --rounds")

    files = lib_files(args.lib)
    size = sum(os.path.getsize(f) for f in files)
    list_file = os.path.join(os.environ.get("TMPDIR", "/tmp"), "kiln-bench-parser-%d.txt" % os.getpid())
    with open(list_file, "w", encoding="utf-8") as f:
        f.write("\n".join(files) + "\n")
    try:
        worker = [sys.executable, os.path.abspath(__file__), "--rounds", str(args.rounds), "--cpython-worker", list_file]
        cpy1 = run_child(worker)
        kiln = run_child([args.kiln, "-X", "parse-bench=%d" % args.rounds, *files])
        cpy2 = run_child(worker)
    finally:
        os.unlink(list_file)

    w = args.warmup
    cpy_median = statistics.median(cpy1[0][w:] + cpy2[0][w:])
    kiln_median = statistics.median(kiln[0][w:])
    print("parser benchmark: %d files (%.1f MB) from %s, %d rounds, medians after %d warm-up rounds"
          % (len(files), size / 1e6, args.lib, args.rounds, w))
    print("%-34s %14s %14s" % ("", "CPython 3.12", "Kiln"))
    print("%-34s %14.3f %14.3f" % ("first round (s)", statistics.mean([cpy1[0][0], cpy2[0][0]]), kiln[0][0]))
    print("%-34s %14.3f %14.3f" % ("median round after warm-up (s)", cpy_median, kiln_median))
    print("%-34s %14.3f %14.3f" % ("fastest round (s)", min(cpy1[0] + cpy2[0]), min(kiln[0])))
    print("%-34s %14.1f %14.1f" % ("process wall time (s)", statistics.mean([cpy1[2], cpy2[2]]), kiln[2]))
    print("%-34s %14.0f %14.0f" % ("peak RSS (MB)", max(cpy1[3], cpy2[3]), kiln[3]))
    print("%-34s %14d %14d" % ("files rejected per round", cpy1[1], kiln[1]))
    print("ratio CPython/Kiln, median after warm-up: %.2f (above 1: Kiln is faster)" % (cpy_median / kiln_median))
    print("Kiln rounds (s): %s" % " ".join("%.3f" % t for t in kiln[0]))
    print("CPython rounds (s): %s | %s" % (" ".join("%.3f" % t for t in cpy1[0]), " ".join("%.3f" % t for t in cpy2[0])))
    if cpy1[1] != kiln[1]:
        print("note: the two sides reject a different number of files; tests/parser/compare_lib.py shows which")


if __name__ == "__main__":
    main()
