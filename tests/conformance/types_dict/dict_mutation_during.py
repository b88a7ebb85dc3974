# Mutating a dict during iteration: size changes raise, value updates don't; a __eq__ that mutates the dict.
d = {i: i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[10] = 10
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
d = {i: i for i in range(5)}
try:
    for v in d.values():
        del d[0]
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(3)}
try:
    for k, v in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1}
for k in list(d):
    d[k + 100] = 0
print(d)
class Evil:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.target.clear()
        return False
t = {}
t[Evil(t)] = 1
try:
    t[Evil(t)] = 2
    print("survived", len(t))
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
