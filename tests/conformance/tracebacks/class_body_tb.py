# An exception while executing a class body and in a decorator.
def register(cls):
    cls.registry_id = len(cls.__name__) // 0 if cls.__name__.startswith("Bad") else 1
    return cls
@register
class Good:
    pass
print(Good.registry_id)
class Holder:
    items = [1, 2, 3]
    first = items[0]
    missing = items[10]
