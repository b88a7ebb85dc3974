# Exceptions without a message print only the class name; module-qualified names for custom classes.
class Oops(Exception):
    pass
def f():
    raise Oops
try:
    f()
except Oops as e:
    print("caught", repr(e), repr(str(e)))
raise KeyError
