# An observer/event system with decorators, weak-free subscriptions, priorities and error isolation.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []
    def on(self, event, priority=0):
        def deco(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return deco
    def emit(self, event, **payload):
        results = []
        for prio, _, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except Exception as e:
                self.errors.append((event, fn.__name__, f"{type(e).__name__}: {e}"))
                continue
            if r == "stop":
                results.append(f"{fn.__name__} stopped propagation")
                break
            results.append(r)
        return results
bus = EventBus()
@bus.on("order", priority=10)
def validate(item, qty, **_):
    if qty <= 0:
        return "stop"
    return f"validated {qty} x {item}"
@bus.on("order")
def ship(item, qty, **_):
    return f"shipped {item}"
@bus.on("order", priority=5)
def bill(item, qty, price=None, **_):
    return f"billed {qty * price:.2f}"
@bus.on("order", priority=5)
def audit(**payload):
    return "audit " + ",".join(f"{k}={payload[k]}" for k in sorted(payload))
@bus.on("refund")
def refund(amount):
    if amount > 100:
        raise PermissionError("refunds over 100 need approval")
    return f"refunded {amount}"
print(bus.emit("order", item="book", qty=2, price=12.5))
print(bus.emit("order", item="pen", qty=0, price=1))
print(bus.emit("order", item="cup", qty=1))
print(bus.emit("refund", amount=30))
print(bus.emit("refund", amount=300))
print(bus.emit("unknown"))
for err in bus.errors:
    print("error:", err)
print({k: [fn.__name__ for _, _, fn in v] for k, v in bus.handlers.items()})
