"""hexiom: a Hexiom-style puzzle solver (place numbered tiles on a hexagonal board so that every
tile's number equals its count of occupied neighbours), by backtracking with propagation.

The puzzles are generated from an LCG: a random occupied set gives the tiles, about half of them are
fixed as hints, and the solver counts every solution of the rest.
"""
import sys
import time

RADIUS = 3
PUZZLES = 8
ROUNDS = 12
EMPTY = 7
HINT = 50
UNSET = -1


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Board:
    def __init__(self, radius):
        self.cells = []
        index = {}
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.neighbours = []
        for (q, r) in self.cells:
            near = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                j = index.get((q + dq, r + dr))
                if j is not None:
                    near.append(j)
            self.neighbours.append(tuple(near))


class Solver:
    def __init__(self, board, counts, fixed):
        n = len(board.cells)
        self.neighbours = board.neighbours
        self.counts = counts[:]           # tiles still to place, by number 0..6; index 7: empty cells
        self.value = [UNSET] * n
        self.occupied = [0] * n           # assigned occupied neighbours
        self.unknown = [len(nb) for nb in board.neighbours]
        self.solutions = 0
        self.nodes = 0
        self.first = None
        order = []
        for i, v in fixed:
            if not self.assign(i, v):
                raise ValueError("inconsistent hints")
            self.counts[v] -= 1
        # most-constrained first: cells near the hints, then the rest in board order
        rest = [i for i in range(n) if self.value[i] == UNSET]
        rest.sort(key=lambda i: -sum(1 for j in board.neighbours[i] if self.value[j] != UNSET))
        order.extend(rest)
        self.order = order

    def consistent(self, i):
        v = self.value[i]
        if v == EMPTY or v == UNSET:
            return True
        return self.occupied[i] <= v <= self.occupied[i] + self.unknown[i]

    def assign(self, i, v):
        self.value[i] = v
        full = v != EMPTY
        ok = self.consistent(i)
        for j in self.neighbours[i]:
            self.unknown[j] -= 1
            if full:
                self.occupied[j] += 1
            if ok and not self.consistent(j):
                ok = False
        return ok

    def unassign(self, i):
        full = self.value[i] != EMPTY
        for j in self.neighbours[i]:
            self.unknown[j] += 1
            if full:
                self.occupied[j] -= 1
        self.value[i] = UNSET

    def search(self, k):
        self.nodes += 1
        if k == len(self.order):
            self.solutions += 1
            if self.first is None:
                self.first = "".join("." if v == EMPTY else str(v) for v in self.value)
            return
        i = self.order[k]
        counts = self.counts
        for v in (EMPTY, 0, 1, 2, 3, 4, 5, 6):
            if counts[v] == 0:
                continue
            counts[v] -= 1
            if self.assign(i, v):
                self.search(k + 1)
            self.unassign(i)
            counts[v] += 1


def make_puzzle(board, rng):
    n = len(board.cells)
    full = [rng.below(100) < 60 for _ in range(n)]
    values = []
    for i in range(n):
        if full[i]:
            values.append(sum(1 for j in board.neighbours[i] if full[j]))
        else:
            values.append(EMPTY)
    counts = [0] * 8
    for v in values:
        counts[v] += 1
    fixed = [(i, values[i]) for i in range(n) if values[i] != EMPTY and rng.below(100) < HINT]
    return counts, fixed


def bench():
    for _ in range(ROUNDS):
        results = solve_all()
    return " ".join(results)


def solve_all():
    board = Board(RADIUS)
    rng = Rng(2024)
    results = []
    for _ in range(PUZZLES):
        counts, fixed = make_puzzle(board, rng)
        s = Solver(board, counts, fixed)
        s.search(0)
        results.append("%d/%d/%s" % (s.solutions, s.nodes, s.first))
    return results


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
