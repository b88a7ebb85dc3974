import os
import os.path
import os.path as osp
import collections.abc as cabc
from os import path, sep as separator
from collections import (OrderedDict,
                         defaultdict)
import json, re
print(os.path is osp, osp.join("a", "b"), cabc.Mapping.__name__, path is osp, separator == os.sep)
print(OrderedDict.__name__, defaultdict.__name__, json.dumps([1]), re.sub("a", "b", "aa"))
def local_import():
    import math
    from math import pi as PI
    return math.floor(PI)
print(local_import())
from math import *
print(floor(2.5), sqrt(16))
import importlib.util
print(importlib.util.__name__)
try:
    from os import does_not_exist
except ImportError as e:
    print("ImportError", "does_not_exist" in str(e))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e.name)
class K:
    import string as __s
    def get(self):
        return self._K__s.digits
print(K().get())
