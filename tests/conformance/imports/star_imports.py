# from module import * with and without __all__.
from _star import *
print(public_a, public_b, public_func())
try:
    _hidden
except NameError as e:
    print("NameError:", e)
from _star_all import *
print(exported, also_exported)
try:
    not_exported
except NameError as e:
    print("NameError:", e)
import _star_all
print(_star_all.__all__, _star_all.not_exported)
