# Positional-only parameters (/) and name reuse in **kwargs.
def pos(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def flexible(name, /, **kwargs):
    return name, kwargs
print(flexible("x", name="also allowed", other=1))
def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 20), defaults(1, 20, 30), defaults(1, c=300))
print(pos.__code__.co_posonlyargcount, defaults.__code__.co_posonlyargcount)
print(divmod(7, 2), pow(2, 5, mod=7) if True else None)
try:
    divmod(x=7, y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError:", e)
