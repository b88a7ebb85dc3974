"""word_freq: word-frequency count over generated text (str methods, dict get/set, sorting).

The text is built from an LCG over a fixed vocabulary, with punctuation and mixed case, so the
work is split, strip, lower, dict counting, then a sort by (-count, word) and some formatting.
"""
import sys
import time

WORDS = 220000
SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vu", "zen", "qui", "or", "pel", "an", "sit"]
PUNCT = ["", "", "", ",", ".", ";", "!", "?", ":"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_text(rng, n):
    vocab = []
    for i in range(400):
        code = i + 13
        parts = []
        while code:
            parts.append(SYLLABLES[code % len(SYLLABLES)])
            code //= len(SYLLABLES)
        vocab.append("".join(parts))
    lines = []
    line = []
    for _ in range(n):
        w = vocab[min(rng.below(len(vocab)), rng.below(len(vocab)))]
        r = rng.below(10)
        if r == 0:
            w = w.upper()
        elif r == 1:
            w = w.capitalize()
        line.append(w + PUNCT[rng.below(len(PUNCT))])
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(",.;!?:").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts, top):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = []
    for word, n in ranked[:top]:
        out.append("%-12s %6d" % (word, n))
    return "\n".join(out)


def bench():
    text = make_text(Rng(7), WORDS)
    counts = count_words(text)
    table = report(counts, 25)
    h = 0
    for ch in table:
        h = (h * 131 + ord(ch)) % 1000000007
    return "distinct=%d chars=%d table=%d" % (len(counts), len(text), h)


if __name__ == "__main__":
    import _harness
    _harness.main(bench, sys.argv)
