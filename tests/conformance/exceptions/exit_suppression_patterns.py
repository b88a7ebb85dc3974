# Context managers written by hand: suppress(), a timer-free "transaction", nested redirects of errors.
class suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return False
with suppress(KeyError, IndexError) as s:
    {}["missing"]
with s:
    [][1]
print(s.caught)
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back because of {et.__name__}: {ev}")
        else:
            print("  committed")
        return False
db = {"balance": 100}
with Transaction(db) as t:
    t["balance"] -= 30
print(db)
try:
    with Transaction(db) as t:
        t["balance"] -= 500
        if t["balance"] < 0:
            raise ValueError("negative balance")
except ValueError:
    pass
print(db)
class Translate:
    def __init__(self, mapping):
        self.mapping = mapping
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        for src, dst in self.mapping.items():
            if et is not None and issubclass(et, src):
                raise dst(f"translated: {ev}") from ev
try:
    with Translate({KeyError: LookupError, ZeroDivisionError: ArithmeticError}):
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
