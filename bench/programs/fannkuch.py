"""fannkuch: pancake flips over every permutation of 1..N (list slicing, reversal, counting)."""
import sys
import time

N = 9


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # next permutation in the rotation order of the classic algorithm
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def bench():
    checksum, flips = fannkuch(N)
    return "checksum=%d maxflips=%d" % (checksum, flips)


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
