"""The training run behind Kiln's JDK AOT cache (tools/kiln-env.sh): a short program that touches the
interpreter, the compiler and the common builtin types, so their classes are loaded and linked ahead of time.
It prints one line; the build only checks that it ran."""


class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    def __repr__(self):
        return f"Shape({self.name!r}, {self.sides})"

    @property
    def label(self):
        return self.name.upper()


class Square(Shape):
    def __init__(self, size):
        super().__init__("square", 4)
        self.size = size

    def area(self):
        return self.size ** 2


def numbers(n):
    for i in range(n):
        if i % 3 == 0:
            yield i
        else:
            yield -i


def work():
    shapes = [Square(i) for i in range(20)] + [Shape("tri", 3)]
    total = sum(s.area() for s in shapes if isinstance(s, Square))
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    seen = {w[0] for w in words} | frozenset("xyz")
    big = 3 ** 200 // 7 + int("123456789" * 3)
    text = "%s/%d/%.3f/%r" % ("a", 42, 3.14159, shapes[-1]) + "{:>8}|{:x}".format("r", 255)
    try:
        {}["missing"]
    except KeyError as e:
        text += repr(e)
    a, *rest = list(numbers(30))
    match ordered[0]:
        case (word, 2):
            text += word
        case _:
            pass
    return total, len(seen), big % 1000, text, a, len(rest), shapes[0].label, b"bytes".hex(), 1.5e300 * 2.0


for _ in range(3):
    result = work()
print(result)
