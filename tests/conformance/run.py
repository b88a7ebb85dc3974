"""Runs the conformance programs with Kiln and compares stdout, stderr and exit status exactly with
what CPython 3.12 did (tests/conformance/<area>/expected/<name>.json, made by generate_expected.py).

    python tests/conformance/run.py [--kiln PATH] [--label NAME] [-X OPT ...] [-j N] [PATHS...]

PATHS are programs or area folders (default: every area). Each program runs as
`KILN [-X OPT ...] /abs/path/<name>.py [ARGS]` in its own folder, with its `# args:` and under its
timeout (`# timeout:` or --timeout, whichever is bigger); a timeout is a failure. A short diff is
printed for each failure, and the last line is `NAME: N passed, M failed` (tests/summarize.py counts it).
"""
import argparse
import difflib
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _harness as h  # noqa: E402

DIFF_LINES = 30


def short_diff(what, expected, actual):
    lines = list(difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                      f"{what} (CPython 3.12)", f"{what} (Kiln)", n=2))
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + [f"... ({len(lines) - DIFF_LINES} more diff lines)\n"]
    return "".join("    " + (l if l.endswith("\n") else l + "\n\\ no newline at end\n") for l in lines)


def compare(program, expected, result):
    """None when equal, else the report text for this failure."""
    problems = []
    if "timeout" in result:
        problems.append(f"timed out after {result['timeout']:.0f} s")
    if result["exit"] != expected["exit"]:
        problems.append(f"exit status {result['exit']}, expected {expected['exit']}")
    for stream in ("stdout", "stderr"):
        if result[stream] != expected[stream]:
            problems.append(f"{stream} differs:\n" + short_diff(stream, expected[stream], result[stream]))
    if not problems:
        return None
    return f"FAIL {h.rel(program)}: " + "\n  ".join(problems)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kiln", default=os.path.join(h.ROOT, "kiln"))
    ap.add_argument("--label", default="conformance")
    ap.add_argument("-X", dest="xopts", action="append", default=[], metavar="OPT")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=h.DEFAULT_TIMEOUT, help="seconds per program (default 20)")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only failures and the summary")
    ap.add_argument("--baseline", metavar="FILE",
                    help="programs (one per line, repo-relative) that must pass: exit status 1 only when one of them "
                         "fails; every other failure is still printed and counted")
    ap.add_argument("--write-baseline", metavar="FILE", help="write the programs that passed to FILE")
    ap.add_argument("paths", nargs="*")
    opts = ap.parse_args()
    kiln = os.path.abspath(opts.kiln)
    command = [kiln] + [a for x in opts.xopts for a in ("-X", x)]
    programs = h.find_programs(opts.paths)

    # One run before the parallel ones, so that ./kiln's build-when-stale happens only once.
    try:
        subprocess.run(command + ["-c", "pass"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=h.environment(), timeout=900)
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"run: warning: {kiln} -c pass: {e}")

    def one(program):
        try:
            expected = h.read_expected(program)
        except FileNotFoundError:
            return program, f"FAIL {h.rel(program)}: no expected file (run generate_expected.py)"
        try:
            result = h.run_program(command, program, timeout_default=opts.timeout)
        except OSError as e:
            return program, f"FAIL {h.rel(program)}: cannot run {kiln}: {e}"
        return program, compare(program, expected, result)

    passed = failed = 0
    passing = []
    for program, failure in h.parallel_map(one, programs, opts.jobs):
        if failure is None:
            passed += 1
            passing.append(h.rel(program))
            if not opts.quiet:
                print(f"ok   {h.rel(program)}")
        else:
            failed += 1
            print(failure)
        sys.stdout.flush()
    if opts.write_baseline:
        with open(opts.write_baseline, "w", encoding="utf-8") as f:
            f.write("".join(p + "\n" for p in sorted(passing)))
    if opts.baseline:
        with open(opts.baseline, encoding="utf-8") as f:
            required = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        ran = {h.rel(p) for p in programs}
        regressed = [p for p in required if p in ran and p not in set(passing)]
        for p in regressed:
            print(f"REGRESSION {p}: passed before (listed in {os.path.basename(opts.baseline)}), fails now")
        print(f"{opts.label}: {passed} passed, {failed} failed")
        print(f"({len(regressed)} regressions against the {len(required)} programs of the baseline)")
        return 1 if regressed else 0
    print(f"{opts.label}: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
