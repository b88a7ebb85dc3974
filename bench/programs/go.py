"""go: Monte-Carlo tree search (UCT) with random playouts on a 9x9 Go board.

Flood fills for groups and liberties, list-heavy board code, a search tree of small objects. The
random choices come from an LCG so every implementation plays the same games.
"""
import sys
import time

SIZE = 9
W = SIZE + 2
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
PASS = -1
KOMI = 7.5
PLAYOUTS = 50
MOVES = 2
MAX_GAME = 160
DIRS = (1, -1, W, -W)
DIAGS = (W + 1, W - 1, -W + 1, -W - 1)


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


def opponent(color):
    return WHITE if color == BLACK else BLACK


POINTS = [r * W + c for r in range(1, SIZE + 1) for c in range(1, SIZE + 1)]


class Board:
    def __init__(self):
        self.cells = [EDGE] * (W * W)
        for p in POINTS:
            self.cells[p] = EMPTY
        self.to_move = BLACK
        self.passes = 0
        self.ko = PASS
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.to_move = self.to_move
        b.passes = self.passes
        b.ko = self.ko
        b.moves = self.moves
        return b

    def group(self, p):
        """The stones connected to p and whether the group has at least one liberty."""
        cells = self.cells
        color = cells[p]
        stones = [p]
        seen = {p}
        free = False
        i = 0
        while i < len(stones):
            q = stones[i]
            i += 1
            for d in DIRS:
                n = q + d
                c = cells[n]
                if c == EMPTY:
                    free = True
                elif c == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
        return stones, free

    def is_eye(self, p, color):
        cells = self.cells
        for d in DIRS:
            c = cells[p + d]
            if c != color and c != EDGE:
                return False
        bad = 0
        edge = False
        for d in DIAGS:
            c = cells[p + d]
            if c == EDGE:
                edge = True
            elif c != color and c != EMPTY:
                bad += 1
        return bad == 0 if edge else bad < 2

    def legal(self, p):
        if p == PASS:
            return True
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        color = self.to_move
        other = opponent(color)
        for d in DIRS:
            if cells[p + d] == EMPTY:
                return True
        cells[p] = color
        try:
            for d in DIRS:
                n = p + d
                if cells[n] == other and not self.group(n)[1]:
                    return True
            return self.group(p)[1]
        finally:
            cells[p] = EMPTY

    def play(self, p):
        color = self.to_move
        self.to_move = opponent(color)
        self.moves += 1
        if p == PASS:
            self.passes += 1
            self.ko = PASS
            return
        self.passes = 0
        cells = self.cells
        cells[p] = color
        other = opponent(color)
        captured = []
        for d in DIRS:
            n = p + d
            if cells[n] == other:
                stones, free = self.group(n)
                if not free:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        self.ko = PASS
        if len(captured) == 1:
            stones, free = self.group(p)
            if len(stones) == 1:
                libs = 0
                for d in DIRS:
                    if cells[p + d] == EMPTY:
                        libs += 1
                if libs == 1:
                    self.ko = captured[0]

    def candidate_moves(self):
        color = self.to_move
        return [p for p in POINTS if self.legal(p) and not self.is_eye(p, color)]

    def random_move(self, rng):
        empties = [p for p in POINTS if self.cells[p] == EMPTY]
        n = len(empties)
        if n == 0:
            return PASS
        start = rng.below(n)
        color = self.to_move
        for i in range(n):
            p = empties[(start + i) % n]
            if self.legal(p) and not self.is_eye(p, color):
                return p
        return PASS

    def score(self):
        """Area score from black's point of view, komi included."""
        cells = self.cells
        black = white = 0
        for p in POINTS:
            c = cells[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                seen_black = seen_white = False
                for d in DIRS:
                    n = cells[p + d]
                    if n == BLACK:
                        seen_black = True
                    elif n == WHITE:
                        seen_white = True
                if seen_black and not seen_white:
                    black += 1
                elif seen_white and not seen_black:
                    white += 1
        return black - white - KOMI


class Node:
    __slots__ = ("move", "player", "children", "untried", "wins", "visits")

    def __init__(self, move, player, board):
        self.move = move
        self.player = player
        self.children = []
        self.untried = board.candidate_moves()
        self.wins = 0
        self.visits = 0

    def select(self):
        best = None
        best_value = -1.0
        root = self.visits ** 0.5
        for child in self.children:
            value = child.wins / child.visits + 1.2 * root / (1 + child.visits)
            if value > best_value:
                best_value = value
                best = child
        return best


def playout(board, rng):
    while board.passes < 2 and board.moves < MAX_GAME:
        board.play(board.random_move(rng))
    return BLACK if board.score() > 0 else WHITE


def search(board, rng, playouts):
    root = Node(PASS, opponent(board.to_move), board)
    for _ in range(playouts):
        b = board.copy()
        node = root
        path = [root]
        while not node.untried and node.children:
            node = node.select()
            b.play(node.move)
            path.append(node)
        if node.untried:
            move = node.untried.pop(rng.below(len(node.untried)))
            player = b.to_move
            b.play(move)
            node = Node(move, player, b)
            path[-1].children.append(node)
            path.append(node)
        winner = playout(b, rng)
        for n in path:
            n.visits += 1
            if n.player == winner:
                n.wins += 1
    best = None
    for child in root.children:
        if best is None or child.visits > best.visits:
            best = child
    return (best.move if best is not None else PASS), root.visits


def bench():
    rng = Rng(42)
    board = Board()
    moves = []
    visits = 0
    for _ in range(MOVES):
        move, v = search(board, rng, PLAYOUTS)
        visits += v
        board.play(move)
        moves.append(move)
    return "moves=%s visits=%d state=%d" % (moves, visits, rng.state % 1000003)


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
