# Unpacking dict items, zip pairs and enumerate in loops and comprehensions; merging with ** and |.
inventory = {"apples": 3, "pears": 0, "plums": 12}
for fruit, count in inventory.items():
    print(f"{fruit:>7}: {'*' * count}")
print({count: fruit for fruit, count in inventory.items()})
print(sorted(((c, f) for f, c in inventory.items()), reverse=True))
defaults = {"color": "red", "size": "M", "qty": 1}
override = {"size": "L", "gift": True}
print({**defaults, **override}, defaults | override, override | defaults)
merged = dict(defaults)
merged |= override
print(merged)
keys, values = zip(*inventory.items())
print(keys, values)
print(dict(zip(keys, values)) == inventory)
pairs = [("x", 1), ("y", 2)]
print(dict(pairs), {k: v * 10 for k, v in pairs}, [f"{k}={v}" for k, v in pairs])
for i, (k, v) in enumerate(sorted(inventory.items(), key=lambda kv: kv[1])):
    print(i, k, v)
def configure(color="blue", size="S", **extra):
    return color, size, extra
print(configure(**defaults), configure(**override))
