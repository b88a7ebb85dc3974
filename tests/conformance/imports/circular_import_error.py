# A circular "from x import y" between two modules fails with CPython's partially-initialized message.
print("importing broken_cycle.first")
from broken_cycle.first import main
print("unreachable", main())
