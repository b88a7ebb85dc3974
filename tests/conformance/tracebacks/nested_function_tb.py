# A traceback through closures, nested functions and a decorator wrapper.
def logged(fn):
    def wrapper(*args):
        print(f"calling {fn.__name__}{args}")
        return fn(*args)
    return wrapper
def make_divider(d):
    @logged
    def divide(x):
        return x / d
    return divide
half = make_divider(2)
print(half(9))
broken = make_divider(0)
print(broken(1))
