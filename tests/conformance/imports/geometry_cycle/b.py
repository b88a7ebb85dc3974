print("b: start")
from . import a
print("b: sees partially initialised a:", a.A_EARLY, "has from_a:", hasattr(a, "from_a"))
B_VALUE = 42


def from_b():
    return "from_b"
