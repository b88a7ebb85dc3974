"""Records what CPython 3.12 does with each conformance program: for tests/conformance/<area>/<name>.py
it writes <area>/expected/<name>.json with stdout, stderr and exit status (the repository's path is
written as <ROOT>, so the files do not depend on where the repo lives).

    python tests/conformance/generate_expected.py [-j N] [--check] [PATHS...]

PATHS are programs or area folders (default: every area). CPython is KILN_CPYTHON when set, else
pyenv's 3.12.1, else python3.12 on PATH. --check writes nothing and exits 1 when an expected file
would change (use it to prove the programs are deterministic). A program that times out under
CPython is an error: fix the program.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _harness as h  # noqa: E402


def find_cpython():
    """KILN_CPYTHON, else pyenv's 3.12.1, else python3.12 on PATH (the order ./run-tests uses)."""
    if os.environ.get("KILN_CPYTHON"):
        return os.environ["KILN_CPYTHON"]
    try:
        prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True, text=True).stdout.strip()
    except OSError:
        prefix = ""
    candidates = [os.path.join(prefix, "bin", "python3.12")] if prefix else []
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.12*/bin/python3.12")))
    candidates += [shutil.which("python3.12") or ""]
    for c in candidates:
        if c and os.access(c, os.X_OK):
            return c
    raise SystemExit("generate_expected: CPython 3.12 not found: install it with pyenv or set KILN_CPYTHON")


def cpython_command():
    cmd = [find_cpython()]
    env = h.environment()
    version = subprocess.run(cmd + ["-c", "import sys; print(sys.version_info[:2])"], env=env,
                             capture_output=True, text=True).stdout.strip()
    if version != "(3, 12)":
        raise SystemExit(f"generate_expected: {cmd[0]} is not CPython 3.12 (got {version or 'nothing'});"
                         " set KILN_CPYTHON")
    return cmd, env


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--check", action="store_true", help="write nothing; fail when a file would change")
    ap.add_argument("paths", nargs="*")
    opts = ap.parse_args()
    cmd, env = cpython_command()
    programs = h.find_programs(opts.paths)
    changed, bad = [], []
    results = h.parallel_map(lambda p: (p, h.run_program(cmd, p, env=env)), programs, opts.jobs)
    for program, result in results:
        if "timeout" in result:
            bad.append(program)
            print(f"TIMEOUT {h.rel(program)} after {result['timeout']:.0f} s under CPython")
            continue
        if opts.check:
            try:
                old = h.read_expected(program)
            except FileNotFoundError:
                old = None
            if old != {k: result[k] for k in ("exit", "stdout", "stderr")}:
                changed.append(program)
                print(f"DIFFERS {h.rel(program)}")
        elif h.write_expected(program, result):
            changed.append(program)
            print(f"wrote {h.rel(h.expected_path(program))} (exit {result['exit']})")
    print(f"generate_expected: {len(programs)} programs, {len(changed)} "
          f"{'differ' if opts.check else 'changed'}, {len(bad)} timed out")
    return 1 if bad or (opts.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
