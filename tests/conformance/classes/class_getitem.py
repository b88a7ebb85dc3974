# __class_getitem__ and generic aliases of builtin types.
class MyList:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(MyList[int], MyList["x"], MyList[int, str])
print(list[int], dict[str, list[int]], tuple[int, ...], type[object])
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), type(alias([3])))
print(isinstance([1], list), list[int] == list[int], list[int] == list[str])
class Registry:
    types = {}
    def __class_getitem__(cls, key):
        return cls.types.setdefault(key, type(f"Registry_{key.__name__}", (cls,), {"key": key}))
R1 = Registry[int]
R2 = Registry[int]
print(R1 is R2, R1.__name__, R1.key, issubclass(R1, Registry))
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
class Child(MyList): pass
print(Child[float])
print(dict[str, int] | None if hasattr(dict[str, int], "__or__") else "no or")
