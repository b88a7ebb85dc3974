"""What generate_expected.py and run.py share: finding the programs, reading their header flags,
running one program under some Python (CPython or Kiln) the same way, and the expected-file format.

A program is tests/conformance/<area>/<name>.py whose name does not start with `_`; files in
sub-folders of an area (packages) and `_`-files are support modules that programs import.
"""
import json
import os
import shlex
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

SUITE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(SUITE))
DEFAULT_TIMEOUT = 20.0


def is_program(path):
    name = os.path.basename(path)
    return (name.endswith(".py") and not name.startswith("_")
            and os.path.dirname(os.path.dirname(os.path.abspath(path))) == SUITE)


def area_programs(area_dir):
    return sorted(os.path.join(area_dir, n) for n in os.listdir(area_dir)
                  if n.endswith(".py") and not n.startswith("_") and os.path.isfile(os.path.join(area_dir, n)))


def find_programs(paths):
    """All programs under the given files or area folders (every area when `paths` is empty)."""
    if not paths:
        paths = [os.path.join(SUITE, d) for d in sorted(os.listdir(SUITE))
                 if os.path.isdir(os.path.join(SUITE, d)) and not d.startswith(("_", "."))]
    found = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            if p == SUITE:
                found.extend(find_programs([]))
            elif os.path.dirname(p) == SUITE:
                found.extend(area_programs(p))
            else:
                raise SystemExit(f"{p}: not an area folder of {SUITE}")
        elif is_program(p):
            found.append(p)
        else:
            raise SystemExit(f"{p}: not a conformance program (tests/conformance/<area>/<name>.py)")
    return sorted(set(found))


def header(path):
    """The flags of a program's leading comment lines: `# args: a b c` and `# timeout: SECONDS`."""
    args, timeout = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            key, sep, value = line[1:].strip().partition(":")
            if not sep:
                continue
            if key.strip() == "args":
                args = shlex.split(value)
            elif key.strip() == "timeout":
                timeout = float(value)
    return args, timeout


def expected_path(program):
    d, name = os.path.split(program)
    return os.path.join(d, "expected", name[:-3] + ".json")


def rel(program):
    return os.path.relpath(program, SUITE)


def environment():
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8",
               LC_ALL="C.UTF-8", LANG="C.UTF-8")
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONINSPECT", "PYTHONUNBUFFERED"):
        env.pop(var, None)
    return env


def _normalise(data):
    text = data.decode("utf-8", "backslashreplace")
    return text.replace(ROOT, "<ROOT>")


def run_program(command, program, timeout_default=DEFAULT_TIMEOUT, env=None):
    """Runs `command + [program, *args]` in the program's folder. Returns a result dict, with
    "timeout": True when it had to be killed (its whole process group is killed, so a hung
    child cannot hang the caller)."""
    args, timeout = header(program)
    timeout = max(timeout or 0.0, timeout_default)
    proc = subprocess.Popen(command + [program] + args, cwd=os.path.dirname(program),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env or environment(), start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        timed_out = True
    result = {"stdout": _normalise(out), "stderr": _normalise(err), "exit": proc.returncode}
    if timed_out:
        result["timeout"] = timeout
    return result


def write_expected(program, result):
    path = expected_path(program)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = json.dumps({"exit": result["exit"], "stdout": result["stdout"], "stderr": result["stderr"]},
                      indent=1, ensure_ascii=False) + "\n"
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return old != text


def read_expected(program):
    with open(expected_path(program), encoding="utf-8") as f:
        return json.load(f)


def parallel_map(fn, items, jobs):
    """fn over items with `jobs` threads (each runs one child process), results in item order,
    yielded as soon as they are done in order."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        yield from pool.map(fn, items)
