def level3(d):
    return d["missing"] + 1

def level2(x):
    items = [1, 2, 3]
    return level3({"a": x}) * items[0]

class Thing:
    def method(self):
        return level2(self.value)

t = Thing()
t.value = 10
try:
    t.method()
except KeyError as e:
    print("caught", e)

def chain():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")

try:
    chain()
except ValueError as e:
    print(type(e.__context__).__name__)
print("now uncaught")
Thing().method()
