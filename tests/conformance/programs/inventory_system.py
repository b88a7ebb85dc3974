# An inventory system with classes, properties, custom exceptions, sorting and a final uncaught error.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.events = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
            self.events.append(("restock", item.sku, item.qty))
        else:
            self.items[item.sku] = item
            self.events.append(("new", item.sku, item.qty))
    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(f"unknown sku {sku}")
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.events.append(("sold", sku, qty))
        if item.qty == 0:
            self.events.append(("empty", sku, 0))
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: (-i.value, i.sku)))
    def __len__(self):
        return len(self.items)
    def __contains__(self, sku):
        return sku in self.items and self.items[sku].qty > 0
    def total(self):
        return round(sum(i.value for i in self.items.values()), 2)
inv = Inventory()
for sku, name, price, qty in [("A1", "bolt", 0.1, 500), ("B2", "nut", 0.05, 800), ("C3", "gear", 12.5, 10), ("D4", "motor", 99.0, 2)]:
    inv.add(Item(sku, name, price, qty))
inv.add(Item("C3", "gear", 12.5, 5))
orders = [("A1", 120), ("D4", 2), ("C3", 20), ("Z9", 1), ("B2", 800), ("D4", 1)]
for sku, qty in orders:
    try:
        inv.remove(sku, qty)
        print(f"order {sku} x{qty}: ok")
    except OutOfStock as e:
        print(f"order {sku} x{qty}: out of stock ({e})")
    except KeyError as e:
        print(f"order {sku} x{qty}: {e.args[0]}")
print(len(inv), "skus;", [s for s in ("A1", "B2", "D4", "Z9") if s in inv], "in stock")
for item in inv:
    print(f"  {item.sku} {item.name:<6} {item.qty:>4} x {item.price:>6.2f} = {item.value:>8.2f}")
print("total value", inv.total())
for e in inv.events:
    print(" ", *e)
inv.remove("C3", 100)
