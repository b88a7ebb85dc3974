# Uncaught RecursionError through two alternating functions and a method.
class Parser:
    def expr(self, depth):
        return self.term(depth + 1)
    def term(self, depth):
        return self.expr(depth + 1)
print("parsing")
Parser().expr(0)
