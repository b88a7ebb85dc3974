# Closures referring to themselves, memoised recursion with closures, Y-combinator style.
def make_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache
fib, cache = make_fib()
print(fib(60), len(cache))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *args: y(y)(*args)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(15))
def tree_walker():
    visited = []
    def walk(node, depth=0):
        name, children = node
        visited.append("  " * depth + name)
        for c in children:
            walk(c, depth + 1)
    return walk, visited
walk, visited = tree_walker()
walk(("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])]))
print("\n".join(visited))
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count
c = counter_factory()
print([c(w) for w in "a b a c b a".split()])
