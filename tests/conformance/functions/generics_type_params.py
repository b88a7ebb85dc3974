# PEP 695 type parameters on functions and classes, and type aliases.
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 2, 1]), first("abc"))
print(first.__type_params__)
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, Stack.__type_params__)
type Pair[K, V] = tuple[K, V]
type IntList = list[int]
print(Pair, IntList, IntList.__value__, Pair.__type_params__)
print(Pair.__name__, IntList.__name__)
def bounded[N: (int, float), *Ts, **P](x: N) -> N:
    return x
tp = bounded.__type_params__
print([type(p).__name__ for p in tp], [p.__name__ for p in tp])
print(tp[0].__constraints__)
class Box[T: int]:
    pass
print(Box.__type_params__[0].__bound__)
