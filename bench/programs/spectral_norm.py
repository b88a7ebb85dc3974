"""spectral_norm: largest singular value of an infinite matrix by the power method (floats, calls)."""
import sys
import time

N = 230


def a(i, j):
    return 1.0 / (((i + j) * (i + j + 1) >> 1) + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def bench():
    n = N
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "%.9f" % ((vbv / vv) ** 0.5)


def main(argv):
    # Protocol shared by every program in bench/programs (see bench/README.md).
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


if __name__ == "__main__":
    main(sys.argv)
