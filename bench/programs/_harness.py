"""The measuring protocol every program in bench/programs shares (see bench/README.md):
`--iterations N --warmup W`, then `times: ...` and `check: ...` lines for bench/run.py."""
import sys
import time


def main(bench, argv):
    iterations, warmup = 5, 1
    i = 1
    while i < len(argv):
        if argv[i] == "--iterations" and i + 1 < len(argv):
            iterations = int(argv[i + 1])
        elif argv[i] == "--warmup" and i + 1 < len(argv):
            warmup = int(argv[i + 1])
        else:
            sys.exit("usage: %s [--iterations N] [--warmup W]" % argv[0])
        i += 2
    checks = []
    for _ in range(warmup):
        checks.append(bench())
    times = []
    for _ in range(iterations):
        t0 = time.perf_counter()
        checks.append(bench())
        times.append(time.perf_counter() - t0)
    for c in checks:
        if c != checks[0]:
            sys.exit("checksum differs between iterations: %r != %r" % (c, checks[0]))
    print("times: " + " ".join("%.6f" % t for t in times))
    print("check: " + str(checks[0]))

