# Conditional expressions and short-circuit evaluation order.
log = []
def t(v):
    log.append(v)
    return v
def classify(n):
    return "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"
for n in [-5, 0, 3, 42]:
    print(n, classify(n))
print(t(1) if t(True) else t(2), log)
log.clear()
print(t(0) or t("") or t("x") or t("never"), log)
log.clear()
print(t(1) and t([]) and t("never"), log)
log.clear()
r = [t(i) for i in range(5) if i % 2 == 0 if t(i * 10) > 10]
print(r, log)
x = None
label = x and x.name
print(label)
name = "" or "anonymous"
print(name)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print(max([], default=None) if False else "fallback")
cfg = {"debug": 0}
level = cfg.get("level") or cfg.get("debug") or 3
print(level)
