# An error in a chained method call in the middle of a long expression.
class Query:
    def __init__(self, items):
        self.items = items
    def where(self, pred):
        return Query([i for i in self.items if pred(i)])
    def select(self, fn):
        return Query([fn(i) for i in self.items])
    def first(self):
        return self.items[0]
q = Query([{"n": 1}, {"n": 2}, {"m": 3}])
print(q.where(lambda d: "n" in d).select(lambda d: d["n"] * 10).first())
print(q.select(lambda d: d["n"]).first())
