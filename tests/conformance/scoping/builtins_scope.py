# Name resolution order: local, enclosing, global, builtin; __builtins__ changes affect lookups.
import sys
def show_len():
    return len([1, 2, 3])
print(show_len())
len = lambda x: "global len"
print(show_len())
def enclosing():
    len = lambda x: "enclosing len"
    def inner():
        return len([])
    return inner()
print(enclosing())
del len
print(show_len())
print(type(__builtins__).__name__ in ("module", "dict"), __name__)
def print_name():
    return __name__
print(print_name())
def no_such():
    return definitely_not_defined_anywhere
try:
    no_such()
except NameError as e:
    print("NameError:", e)
try:
    print(undefined_with_suggestion_lenn)
except NameError as e:
    print("NameError:", e)
True_ = True
print(True_, None, ..., NotImplemented is NotImplemented)
def local_shadow_builtin():
    max = 5
    return max
print(local_shadow_builtin(), max(1, 2))
