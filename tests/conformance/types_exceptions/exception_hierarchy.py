# The builtin exception hierarchy: each class's direct base, checked by name, walked from BaseException.
import sys
names = [n for n in dir(__builtins__) if isinstance(getattr(__builtins__, n), type)
         and issubclass(getattr(__builtins__, n), BaseException)]
for n in sorted(names):
    cls = getattr(__builtins__, n)
    print(n, [b.__name__ for b in cls.__bases__], cls.__module__)
def walk(cls, depth):
    print("  " * depth + cls.__name__)
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__module__ == "builtins":
            walk(sub, depth + 1)
walk(BaseException, 0)
