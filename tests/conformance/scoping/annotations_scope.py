# Annotations: module, class and function annotations are evaluated eagerly in 3.12; local annotations are not stored.
x: int = 5
y: "forward ref"
print(__annotations__)
class C:
    a: int
    b: list[int] = []
    c: "C"
print(C.__annotations__)
def f(p: int, q: str = "s") -> bool:
    local: int = 3
    unused: undefined_name_is_fine
    return True
print(f.__annotations__, f(1))
def side_effect():
    print("annotation evaluated")
    return int
z: side_effect() = 1
print(__annotations__["z"])
class D:
    attr: side_effect()
print(D.__annotations__)
try:
    bad: undefined_annotation_name = 1
except NameError as e:
    print("NameError:", e)
