"""Records what CPython 3.12 prints (stderr) and its exit status for each program in cases/.

    PYENV_VERSION=3.12.1 python tests/syntax/generate_expected.py

Each cases/NAME.py gets cases/NAME.expected: the exit status on the first line, then stderr, with the
repository's absolute path written as <ROOT>. Run from the
repo root so the file names in tracebacks are the relative paths `tests/syntax/cases/NAME.py`.
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run with CPython 3.12")
    os.chdir(ROOT)
    for case in sorted(glob.glob("tests/syntax/cases/*.py")):
        r = subprocess.run([sys.executable, case], capture_output=True)
        # CPython names the script by its absolute path; keep the expectation independent of the clone's place.
        stderr = r.stderr.replace(os.fsencode(ROOT) + b"/", b"<ROOT>/")
        with open(case[:-3] + ".expected", "wb") as f:
            f.write(b"%d\n" % r.returncode + stderr)
    print("recorded", len(glob.glob("tests/syntax/cases/*.py")), "cases")


if __name__ == "__main__":
    main()
