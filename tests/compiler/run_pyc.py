#!/usr/bin/env python3
"""Kiln compiler oracle: compile programs with Kiln to CPython 3.12 .pyc files, run them with CPython, and
compare stdout, stderr and exit status with CPython running the .py source.

    PYENV_VERSION=3.12.1 python tests/compiler/run_pyc.py [options] DIR_OR_FILE...

Kiln's compiler classes are found from --classpath, else $KILN_COMPILER_CP, else the Maven build output
(compiler/target/classes and parser/target/classes of this repository). Java is --java, else $JAVA, else
$JAVA_HOME/bin/java, else `java` on the PATH.

Programs Kiln rejects with a SyntaxError pass when CPython's compile() raises the same error type, message and
line. SyntaxWarnings Kiln reports must match the ones CPython's compile() emits. Every Kiln code object is also
checked before it runs: CPython must load it, its location and exception tables must decode, handlers must sit on
instruction boundaries and co_stacksize must cover every reachable depth (simulated with opcode.stack_effect).
--validate-only stops there (for modules that are not programs, e.g. CPython's Lib). Programs whose output
differs and that use __file__ or sys.argv are reported as SKIP: `python prog.pyc` names the .pyc there.
Object addresses (0x...) and unittest timings are masked before comparing. The last line printed is
`compiler-pyc: N passed, M failed`.
"""
import argparse
import concurrent.futures
import dis
import marshal
import opcode
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def find_java(opt):
    if opt:
        return opt
    if os.environ.get("JAVA"):
        return os.environ["JAVA"]
    if os.environ.get("JAVA_HOME"):
        return os.path.join(os.environ["JAVA_HOME"], "bin", "java")
    for cand in ("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java",):
        if os.path.exists(cand):
            return cand
    return shutil.which("java") or "java"


def find_classpath(opt):
    if opt:
        return opt
    if os.environ.get("KILN_COMPILER_CP"):
        return os.environ["KILN_COMPILER_CP"]
    return os.pathsep.join([os.path.join(REPO, "compiler", "target", "classes"),
                            os.path.join(REPO, "parser", "target", "classes")])


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))
        elif p.endswith(".py"):
            files.append(p)
    return [os.path.abspath(f) for f in files]


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def kiln_compile(java, cp, files, outdir, chunk=150):
    """Runs CompileMain --batch; returns {file: (status, details, pyc_path, warnings)}."""
    results = {}
    for start in range(0, len(files), chunk):
        part = files[start:start + chunk]
        sub = os.path.join(outdir, str(start))
        cmd = [java, "-Xss16m", "-cp", cp, "kiln.compiler.tools.CompileMain", "--batch", sub] + part
        proc = subprocess.run(cmd, capture_output=True, text=True)
        lines = proc.stdout.splitlines()
        pending = []
        seen = set()
        for line in lines:
            fields = line.split("\t")
            if fields[0] == "W":
                pending.append((fields[1], int(fields[2]), unescape(fields[3])))
                continue
            status, path = fields[0], fields[1]
            idx = part.index(path)
            seen.add(path)
            results[path] = (status, fields[2:], os.path.join(sub, f"{idx}.pyc"), pending)
            pending = []
        for path in part:
            if path not in seen:
                detail = (proc.stderr.strip().splitlines() or ["compiler produced no result"])[-1]
                results[path] = ("CRASH", [detail], None, [])
    return results


def cpython_compile_info(path):
    """(error or None, [(category, lineno, message)]) of CPython's own compile()."""
    with open(path, "rb") as f:
        src = f.read()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, path, "exec")
            err = None
        except SyntaxError as e:
            err = (type(e).__name__, e.lineno, e.msg)
        except (ValueError, RecursionError, MemoryError) as e:
            err = (type(e).__name__, None, str(e))
    ws = [(w.category.__name__, w.lineno, str(w.message)) for w in caught
          if issubclass(w.category, SyntaxWarning) and w.filename == path]
    return err, ws


def run(python, target, cwd, timeout, extra_env=None):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if extra_env:
        env.update(extra_env)
    try:
        p = subprocess.run([python, "-W", "ignore::SyntaxWarning", target], cwd=cwd, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""


ADDRESS = re.compile(rb"0x[0-9a-fA-F]{6,}")
UNITTEST_TIME = re.compile(rb"(Ran \d+ tests? in )[0-9.]+s")


def normalize(output):
    # object addresses and unittest timings differ from run to run
    return UNITTEST_TIME.sub(rb"\1?s", ADDRESS.sub(b"0x?", output))


def first_difference(a, b):
    al, bl = a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines()
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return f"line {i + 1}: expected {x!r}, got {y!r}"
    if len(al) != len(bl):
        return f"expected {len(al)} lines, got {len(bl)}"
    return "differs"


TERMINATORS = {opcode.opmap[n] for n in ("RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE",
                                        "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT")}


def validate_code(co, where=""):
    """Checks one Kiln code object (and nested ones) the way CPython will rely on it: decodable tables,
    exception handlers at instruction starts, and a co_stacksize no smaller than any reachable depth
    (simulated with CPython's own opcode.stack_effect). Returns an error string or None."""
    name = where + co.co_qualname
    try:
        instrs = list(dis.get_instructions(co))
        positions = list(co.co_positions())
        entries = dis._parse_exception_table(co)
    except Exception as e:  # any decoding failure is a bug
        return f"{name}: tables do not decode: {e!r}"
    if len(positions) != len(co.co_code) // 2:
        return f"{name}: {len(positions)} positions for {len(co.co_code) // 2} code units"
    starts = {i.offset: i for i in instrs}
    for e in entries:
        if e.target not in starts or e.start not in starts or (e.end not in starts and e.end != len(co.co_code)):
            return f"{name}: exception entry {e} not on instruction boundaries"
    order = [i.offset for i in instrs]
    nxt = {a: b for a, b in zip(order, order[1:])}
    depth_at = {}
    gen = co.co_flags & (0x20 | 0x80 | 0x200)
    work = [(0, 0)]
    maxdepth = 0
    while work:
        off, depth = work.pop()
        while off is not None:
            if depth_at.get(off, -1) >= depth:
                break
            depth_at[off] = depth
            ins = starts[off]
            op = opcode.opmap.get(ins.opname, ins.opcode)
            if op == opcode.opmap["EXTENDED_ARG"]:
                off = nxt.get(off)
                continue
            arg = ins.arg if op >= opcode.HAVE_ARGUMENT else None
            for e in entries:
                if e.start <= off < e.end:
                    hd = e.depth + 1 + (1 if e.lasti else 0)
                    if e.depth > depth:
                        return f"{name}: handler depth {e.depth} above stack depth {depth} at {off}"
                    work.append((e.target, hd))
                    maxdepth = max(maxdepth, hd)
                    break
            eff = opcode.stack_effect(op, arg, jump=False)
            if ins.opname == "RETURN_GENERATOR":
                eff = 1  # resuming the new generator pushes the value sent in
            new = depth + eff
            if new < 0:
                return f"{name}: stack underflow at offset {off} ({ins.opname})"
            maxdepth = max(maxdepth, new)
            if op in dis.hasjrel:
                jd = depth + opcode.stack_effect(op, arg, jump=True)
                maxdepth = max(maxdepth, jd)
                work.append((ins.argval, jd))
            if op in TERMINATORS:
                break
            depth = new
            off = nxt.get(off)
    if maxdepth > co.co_stacksize:
        return f"{name}: co_stacksize {co.co_stacksize} but depth {maxdepth} is reachable"
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            err = validate_code(c, name + ".")
            if err:
                return err
    return None


def validate_pyc(pyc):
    with open(pyc, "rb") as f:
        data = f.read()
    try:
        co = marshal.loads(data[16:])
    except Exception as e:
        return f"CPython rejects the code object: {e!r}"
    return validate_code(co)


def check(path, info, python, timeout, validate_only=False):
    status, details, pyc, kiln_warnings = info
    err, expected_warnings = cpython_compile_info(path)
    if status == "CRASH":
        return False, "compiler crashed: " + " ".join(details)
    if status == "SYNTAX":
        kind, lineno, msg = details[0], int(details[1]), unescape(details[2])
        if err is None:
            return False, f"Kiln raised {kind}: {msg} (line {lineno}) but CPython compiles it"
        if (kind, lineno, msg) != err:
            return False, f"Kiln raised {kind}: {msg} (line {lineno}), CPython {err[0]}: {err[2]} (line {err[1]})"
        return True, ""
    if err is not None:
        return False, f"CPython raises {err[0]}: {err[2]} (line {err[1]}) but Kiln compiled it"
    got_w = [(c, l, m) for c, l, m in kiln_warnings]
    if sorted(got_w) != sorted(expected_warnings):
        return False, f"warnings differ: CPython {expected_warnings}, Kiln {got_w}"
    bad = validate_pyc(pyc)
    if bad:
        return False, "invalid code: " + bad
    if validate_only:
        return True, ""
    cwd = os.path.dirname(path)
    exp = run(python, path, cwd, timeout)
    got = run(python, pyc, cwd, timeout, {"PYTHONPATH": cwd})
    if exp[0] == "timeout":
        return True, ""  # CPython itself does not finish: nothing to compare
    exp = (exp[0], normalize(exp[1]), normalize(exp[2]))
    got = (got[0], normalize(got[1]), normalize(got[2]))
    source = open(path, "rb").read()
    if got != exp and (b"__file__" in source or b"argv" in source):
        # `python prog.pyc` sets __file__ and sys.argv[0] to the .pyc: such programs cannot be compared
        return None, "uses __file__ or sys.argv"
    if got[0] != exp[0]:
        tail = got[2].decode("utf-8", "replace").strip().splitlines()[-3:]
        return False, f"exit status {got[0]} (CPython {exp[0]}); stderr: {' | '.join(tail)}"
    if got[1] != exp[1]:
        return False, "stdout " + first_difference(exp[1], got[1])
    if got[2] != exp[2]:
        return False, "stderr " + first_difference(exp[2], got[2])
    return True, ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--classpath", "--cp")
    ap.add_argument("--java")
    ap.add_argument("--python", default=sys.executable, help="CPython 3.12 that runs the programs")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("-q", "--quiet", action="store_true", help="only the summary line")
    ap.add_argument("--validate-only", action="store_true",
                    help="compile and check the code objects without running the programs (e.g. for library modules)")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 12):
        print("warning: run this harness with CPython 3.12 (compile() checks use the running Python)",
              file=sys.stderr)

    files = collect(args.paths)
    java, cp = find_java(args.java), find_classpath(args.classpath)
    outdir = tempfile.mkdtemp(prefix="kiln-pyc-")
    try:
        compiled = kiln_compile(java, cp, files, outdir)
        passed = failed = skipped = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = {f: pool.submit(check, f, compiled[f], args.python, args.timeout,
                                      args.validate_only) for f in files}
            for f in files:
                ok, why = futures[f].result()
                if ok is None:
                    skipped += 1
                    if not args.quiet:
                        print(f"SKIP {os.path.relpath(f)}: {why}")
                elif ok:
                    passed += 1
                else:
                    failed += 1
                    if not args.quiet:
                        print(f"FAIL {os.path.relpath(f)}: {why}")
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
    if skipped:
        print(f"skipped {skipped} (not comparable)")
    print(f"compiler-pyc: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
