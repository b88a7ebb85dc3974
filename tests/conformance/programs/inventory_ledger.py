# A small warehouse inventory with hand-written "dataclass-like" records: field declarations drive
# __init__, __repr__, __eq__, ordering and hashing, plus a ledger of stock movements and reports.


def record(*fields, order=False, frozen=False):
    """Class decorator that fills in the boilerplate a dataclass would, from a list of field names."""
    def decorate(cls):
        defaults = {}
        for f in fields:
            if f in cls.__dict__:
                defaults[f] = cls.__dict__[f]

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
                values[k] = v
            for f in fields:
                if f not in values:
                    if f in defaults:
                        values[f] = defaults[f]
                    else:
                        raise TypeError(f"{cls.__name__}() missing required argument: {f!r}")
                object.__setattr__(self, f, values[f])
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{type(self).__name__}({inner})"

        def astuple(self):
            return tuple(getattr(self, f) for f in fields)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.astuple = astuple
        cls._fields = fields
        if order:
            def __lt__(self, other):
                if type(other) is not type(self):
                    return NotImplemented
                return astuple(self) < astuple(other)

            def __le__(self, other):
                if type(other) is not type(self):
                    return NotImplemented
                return astuple(self) <= astuple(other)
            cls.__lt__ = __lt__
            cls.__le__ = __le__
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r}")

            def __hash__(self):
                return hash(astuple(self))
            cls.__setattr__ = __setattr__
            cls.__hash__ = __hash__
        else:
            cls.__hash__ = None
        return cls
    return decorate


@record("sku", "name", "unit_price", "category", frozen=True, order=True)
class Product:
    category = "misc"

    def __post_init__(self):
        if self.unit_price < 0:
            raise ValueError(f"negative price for {self.sku}")


@record("product", "quantity", "location")
class StockLine:
    location = "A1"

    @property
    def value(self):
        return self.product.unit_price * self.quantity


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class Inventory:
    def __init__(self):
        self.lines = {}
        self.ledger = []

    def receive(self, product, quantity, location=None):
        line = self.lines.get(product.sku)
        if line is None:
            line = StockLine(product, 0) if location is None else StockLine(product, 0, location)
            self.lines[product.sku] = line
        line.quantity += quantity
        self.ledger.append(("in", product.sku, quantity))
        return line

    def ship(self, sku, quantity):
        line = self.lines.get(sku)
        have = 0 if line is None else line.quantity
        if have < quantity:
            self.ledger.append(("refused", sku, quantity))
            raise OutOfStock(sku, quantity, have)
        line.quantity -= quantity
        self.ledger.append(("out", sku, quantity))

    def total_value(self):
        return sum(line.value for line in self.lines.values())

    def by_category(self):
        groups = {}
        for line in self.lines.values():
            groups.setdefault(line.product.category, []).append(line)
        return {k: sorted(v, key=lambda l: l.product.sku) for k, v in sorted(groups.items())}

    def low_stock(self, threshold):
        return [sku for sku, line in self.lines.items() if line.quantity <= threshold]


catalog = [
    Product("W-100", "widget", 2.50, "parts"),
    Product("G-200", "gadget", 12.75, category="tools"),
    Product("S-300", "sprocket", 0.40, "parts"),
    Product("H-400", "hammer", 19.99, "tools"),
    Product("M-500", "manual", 5.00),
]
for p in catalog:
    print(p)
print(sorted(catalog)[0].sku, max(catalog).sku, catalog[0] == Product("W-100", "widget", 2.5, "parts"))
print(len({p: p.name for p in catalog + [Product("W-100", "widget", 2.5, "parts")]}))

try:
    catalog[0].unit_price = 1
except AttributeError as e:
    print("AttributeError:", e)
for bad in [lambda: Product("X", "x", -1), lambda: Product("X"), lambda: Product("X", "x", 1, "c", "extra"),
            lambda: Product("X", "x", 1, colour="red"), lambda: Product("X", "x", sku="Y")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

inv = Inventory()
inv.receive(catalog[0], 500, "B7")
inv.receive(catalog[1], 12)
inv.receive(catalog[2], 2000, "B8")
inv.receive(catalog[3], 3)
inv.receive(catalog[4], 40, "Z9")
inv.receive(catalog[0], 250)

orders = [("W-100", 300), ("H-400", 5), ("G-200", 12), ("S-300", 1500), ("Q-999", 1), ("W-100", 450)]
for sku, qty in orders:
    try:
        inv.ship(sku, qty)
        print(f"shipped {qty:>5} x {sku}")
    except OutOfStock as e:
        print(f"refused {e.wanted:>5} x {e.sku} ({e.have} on hand): {e}")

print(f"total value: {inv.total_value():,.2f}")
for category, lines in inv.by_category().items():
    print(f"[{category}]")
    for line in lines:
        print(f"  {line.product.sku:<6} {line.product.name:<10} {line.quantity:>6} @ {line.location:<3} = {line.value:>9.2f}")
print("low stock:", inv.low_stock(3))
counts = {}
for kind, sku, qty in inv.ledger:
    counts[kind] = counts.get(kind, 0) + qty
print(counts)
print(inv.lines["G-200"], StockLine(catalog[0], 1) == StockLine(catalog[0], 1), StockLine(catalog[0], 1) == (catalog[0], 1))
try:
    hash(inv.lines["G-200"])
except TypeError as e:
    print("TypeError:", e)
print(Product._fields, catalog[4].astuple())
