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


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
