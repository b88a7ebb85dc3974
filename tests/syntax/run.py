"""Runs each program in tests/syntax/cases/ with Kiln and compares stderr and exit status with what
CPython 3.12 printed for it (cases/NAME.expected, made by generate_expected.py).

    python tests/syntax/run.py [--kiln PATH]

All cases run in one batch so that only one JVM starts per case and the build runs once.
"""
import argparse
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiln", default=os.path.join(ROOT, "kiln"))
    args = ap.parse_args()
    os.chdir(ROOT)
    passed = failed = 0
    for case in sorted(glob.glob("tests/syntax/cases/*.py")):
        with open(case[:-3] + ".expected", "rb") as f:
            status, _, expected = f.read().partition(b"\n")
        r = subprocess.run([args.kiln, case], capture_output=True)
        stderr = r.stderr.replace(os.fsencode(ROOT) + b"/", b"<ROOT>/")
        if r.returncode == int(status) and stderr == expected:
            passed += 1
            continue
        failed += 1
        print("FAIL %s (exit %d, expected %s)" % (case, r.returncode, status.decode()))
        print("  kiln:\n    " + stderr.decode("utf-8", "replace").replace("\n", "\n    "))
        print("  cpython:\n    " + expected.decode("utf-8", "replace").replace("\n", "\n    "))
    print("syntax-errors: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
