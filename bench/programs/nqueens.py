"""nqueens: every solution of the N-queens problem by filtering all permutations of the columns.

Generators (a permutation generator written here, since itertools may not be imported), set
comprehensions, tuple building.
"""
import sys
import time

N = 8
ROUNDS = 4


def permutations(items):
    # lexicographic order over positions, like itertools.permutations
    pool = tuple(items)
    n = len(pool)
    indices = list(range(n))
    cycles = list(range(n, 0, -1))
    yield tuple(pool[i] for i in indices)
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices)
                break
        else:
            return


def n_queens(count):
    cols = range(count)
    for vec in permutations(cols):
        if count == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def bench():
    for _ in range(ROUNDS):
        solutions = list(n_queens(N))
    h = 0
    for s in solutions:
        for x in s:
            h = (h * 9 + x) % 1000000007
    return "solutions=%d hash=%d" % (len(solutions), h)


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
