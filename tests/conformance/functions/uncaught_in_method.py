# An uncaught TypeError from a bad call inside a method, with CPython's argument-count message.
class Formatter:
    def __init__(self, width):
        self.width = width
    def pad(self, text, fill):
        return text.ljust(self.width, fill)
    def render(self, rows):
        return [self.pad(r) for r in rows]
f = Formatter(8)
print(f.pad("ok", "."))
print(f.render(["a", "b"]))
