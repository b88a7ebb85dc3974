"""Program benchmarks: Kiln and CPython 3.12 side by side on bench/programs, as ratios from one run.

    PYENV_VERSION=3.12.1 python bench/run.py [--only NAME,...] [--rounds 3] [--iterations 5]
        [--warmup 2] [--kiln PATH] [--cpython PATH] [--timeout 300] [--json OUT]

For every program the two implementations run in alternating processes (CPython, Kiln, CPython,
Kiln, ... `rounds` times each), so drift of the machine during the run touches both sides. Each
process runs the workload `warmup` times untimed and `iterations` times timed and prints
`times: ...` and `check: ...`; the medians pool all timed iterations of a side. Checksums must be
equal on both sides (a mismatch is an error for that program, not a ratio). Reported per program:
both medians, the ratio CPython/Kiln (above 1: Kiln is faster), the same ratio of the fastest
iterations (less disturbed by other load on the machine) and each side's peak RSS; then the geometric
means of both ratios over the programs that ran on both sides, the load average, the `-c pass` start-up time
(median of 10 interleaved runs each) and its peak RSS. A Kiln run that fails or times out is shown
with the first lines of its stderr and left out of the geometric mean. A benchmark, not a test.
"""
import argparse
import json
import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")


class Run:
    """One finished child process: what it printed and what it cost."""

    def __init__(self, status, times, check, stderr, wall, rss_mb):
        self.status = status      # "ok", "failed" or "timeout"
        self.times = times
        self.check = check
        self.stderr = stderr
        self.wall = wall
        self.rss_mb = rss_mb


def run_child(argv, timeout, protocol=True):
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        # A session of its own so a timeout can kill the whole tree (./kiln is a script that execs java).
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
        status = usage = None
        timed_out = False
        while True:
            # wait4 gives this child's own rusage; RUSAGE_CHILDREN would fold all finished children together.
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t0 > timeout:
                timed_out = True
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    times, check = [], None
    for line in stdout.splitlines():
        if line.startswith("times: "):
            times = [float(x) for x in line[7:].split()]
        elif line.startswith("check: "):
            check = line[7:]
    if timed_out:
        st = "timeout"
        stderr = "killed after %.0f s\n%s" % (timeout, stderr)
    elif proc.returncode != 0 or (protocol and (not times or check is None)):
        st = "failed"
        if proc.returncode == 0:
            stderr = "exit status 0 but no times/check lines; stdout:\n" + stdout[-1500:] + stderr
        else:
            stderr = "exit status %d\n%s" % (proc.returncode, stderr)
    else:
        st = "ok"
    return Run(st, times, check, stderr, wall, usage.ru_maxrss / 1024.0)


def find_cpython(explicit):
    if explicit:
        return explicit
    try:
        prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True, text=True, check=True).stdout.strip()
        exe = os.path.join(prefix, "bin", "python3.12")
        if os.path.exists(exe):
            return exe
    except (OSError, subprocess.CalledProcessError):
        pass
    if sys.version_info[:2] == (3, 12):
        return sys.executable
    sys.exit("no CPython 3.12 found: pass --cpython PATH")


def first_lines(text, n=6):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[:n]


def bench_program(name, args, cpython, kiln):
    path = os.path.join(PROGRAMS, name + ".py")
    proto = ["--iterations", str(args.iterations), "--warmup", str(args.warmup)]
    cpy, kil = [], []
    for r in range(args.rounds):
        cpy.append(run_child([cpython, path] + proto, args.timeout))
        if cpy[-1].status != "ok":
            break
        kil.append(run_child([kiln, path] + proto, args.timeout))
        if kil[-1].status != "ok":
            break  # a failing Kiln run will fail the same way again; do not spend the time
        print("  %s round %d: cpython %.3fs kiln %.3fs" % (name, r + 1, statistics.median(cpy[-1].times),
                                                         statistics.median(kil[-1].times)), file=sys.stderr, flush=True)
    res = {"name": name, "status": "ok", "cpython_times": [t for c in cpy for t in c.times],
           "kiln_times": [t for k in kil for t in k.times],
           "cpython_rss_mb": max(c.rss_mb for c in cpy),
           "kiln_rss_mb": max((k.rss_mb for k in kil), default=None),
           "cpython_check": cpy[0].check, "kiln_check": kil[0].check if kil else None}
    bad_cpy = next((c for c in cpy if c.status != "ok"), None)
    bad_kiln = next((k for k in kil if k.status != "ok"), None)
    if bad_cpy is not None:
        res["status"] = "CPYTHON " + bad_cpy.status.upper()
        res["detail"] = first_lines(bad_cpy.stderr)
    elif bad_kiln is not None:
        res["status"] = bad_kiln.status.upper()
        res["detail"] = first_lines(bad_kiln.stderr)
    else:
        checks = {c.check for c in cpy} | {k.check for k in kil}
        if len(checks) != 1:
            res["status"] = "CHECKSUM MISMATCH"
            res["detail"] = ["cpython: %s" % cpy[0].check[:200], "kiln:    %s" % kil[0].check[:200]]
    if res["status"] == "ok":
        res["cpython_median"] = statistics.median(res["cpython_times"])
        res["kiln_median"] = statistics.median(res["kiln_times"])
        res["ratio"] = res["cpython_median"] / res["kiln_median"]
        # The fastest iterations are the least disturbed by other load on the machine: a second view.
        res["ratio_min"] = min(res["cpython_times"]) / min(res["kiln_times"])
    return res


def startup(cpython, kiln, runs, timeout):
    cpy, kil = [], []
    for _ in range(runs):
        cpy.append(run_child([cpython, "-c", "pass"], timeout, protocol=False))
        kil.append(run_child([kiln, "-c", "pass"], timeout, protocol=False))
    out = {}
    for side, rs in (("cpython", cpy), ("kiln", kil)):
        bad = next((r for r in rs if r.status != "ok"), None)
        if bad is None:
            out[side] = {"median_s": statistics.median(r.wall for r in rs), "rss_mb": max(r.rss_mb for r in rs)}
        else:
            out[side] = {"status": bad.status.upper(), "detail": first_lines(bad.stderr)}
    return out


def print_table(results, start, args, cpython, kiln):
    print("Kiln vs CPython 3.12: %d rounds x %d timed iterations per side (after %d warm-up), medians"
          % (args.rounds, args.iterations, args.warmup))
    if hasattr(os, "getloadavg"):
        print("load average at the end: %.2f %.2f %.2f on %d CPUs" % (os.getloadavg() + (os.cpu_count(),)))
    print("cpython: %s" % cpython)
    print("kiln:    %s" % kiln)
    print()
    print("%-16s %12s %12s %8s %9s %10s %10s  %s" % ("benchmark", "CPython (s)", "Kiln (s)", "ratio", "ratio min",
                                                    "CPy RSS", "Kiln RSS", "status"))
    ratios = []
    for r in results:
        if r["status"] == "ok":
            ratios.append(r["ratio"])
            print("%-16s %12.4f %12.4f %8.2f %9.2f %8.0fMB %8.0fMB  ok" % (
                r["name"], r["cpython_median"], r["kiln_median"], r["ratio"], r["ratio_min"], r["cpython_rss_mb"], r["kiln_rss_mb"]))
        else:
            kr = "%8.0fMB" % r["kiln_rss_mb"] if r["kiln_rss_mb"] is not None else "%10s" % "-"
            print("%-16s %12s %12s %8s %9s %8.0fMB %s  %s" % (r["name"], "-", "-", "-", "-", r["cpython_rss_mb"], kr, r["status"]))
            for line in r.get("detail", []):
                print("    | " + line[:160])
    print()
    left_out = len(results) - len(ratios)
    if ratios:
        geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        mins = [r["ratio_min"] for r in results if r["status"] == "ok"]
        geo_min = math.exp(sum(math.log(x) for x in mins) / len(mins))
        print("geometric mean of CPython/Kiln: %.3f over %d benchmarks (above 1: Kiln is faster); %d left out"
              % (geo, len(ratios), left_out))
        print("geometric mean of the ratios of fastest iterations: %.3f" % geo_min)
    else:
        geo = None
        print("geometric mean: none (no benchmark ran on both sides); %d left out" % left_out)
    if start:
        for side, label in (("cpython", "CPython"), ("kiln", "Kiln")):
            s = start[side]
            if "median_s" in s:
                print("start-up `-c pass` %-8s median of %d: %.3f s, peak RSS %.0f MB" % (label, args.startup_runs, s["median_s"], s["rss_mb"]))
            else:
                print("start-up `-c pass` %-8s %s: %s" % (label, s["status"], " / ".join(s["detail"])[:200]))
    return geo


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated program names (default: all in bench/programs)")
    ap.add_argument("--rounds", type=int, default=3, help="processes per side per program")
    ap.add_argument("--iterations", type=int, default=5, help="timed iterations per process")
    ap.add_argument("--warmup", type=int, default=2, help="untimed iterations per process")
    ap.add_argument("--kiln", default=os.path.join(ROOT, "kiln"))
    ap.add_argument("--cpython", help="CPython 3.12 executable (default: `pyenv prefix 3.12.1`)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per process")
    ap.add_argument("--startup-runs", type=int, default=10)
    ap.add_argument("--no-startup", action="store_true", help="skip the `-c pass` measurement")
    ap.add_argument("--json", metavar="OUT", help="also write every time and checksum as JSON")
    args = ap.parse_args()
    cpython = find_cpython(args.cpython)
    kiln = os.path.abspath(args.kiln)
    available = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py") and not f.startswith("_"))
    names = available
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in available]
        if unknown:
            sys.exit("unknown benchmark(s): %s; available: %s" % (", ".join(unknown), ", ".join(available)))
    results = []
    for name in names:
        print("%s ..." % name, file=sys.stderr, flush=True)
        results.append(bench_program(name, args, cpython, kiln))
    start = None if args.no_startup else startup(cpython, kiln, args.startup_runs, args.timeout)
    geo = print_table(results, start, args, cpython, kiln)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"cpython": cpython, "kiln": kiln, "rounds": args.rounds, "iterations": args.iterations,
                       "warmup": args.warmup, "benchmarks": results, "geomean": geo, "startup": start}, f, indent=1)


if __name__ == "__main__":
    main()
