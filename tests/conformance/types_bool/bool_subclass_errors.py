# bool cannot be subclassed and has only two instances; bool() of numbers, strings and containers.
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(bool(1) is True, bool(0) is False, bool("False"), bool(" "), bool(0.1), bool(-0.0), bool(1e-300), bool([[]]))
print(True.__bool__(), (0).__bool__(), (2.5).__bool__(), 0j.__bool__(), bool.__new__(bool, 5), bool.__new__(bool))
print(type(True).__name__, bool.__name__, bool.__qualname__, isinstance(False, bool), isinstance(0, bool))
try:
    True.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    bool.x = 1
except TypeError as e:
    print("TypeError", e)
print(True.__and__(False), True.__or__(1), True.__xor__(True), True.__add__(1), True.__and__(1))
