"""Writes the expected results of Kiln's numeric-type tests, computed by CPython 3.12.

Run with CPython 3.12:  python tests/runtime/gen_number_cases.py
Output: runtime/src/test/resources/kiln/runtime/types/number_cases.txt, read by NumbersTest.

Each line is tab-separated: an operation, its operands encoded so Java can rebuild them exactly, and the
expected outcome: the repr of the result (tuples as '(a, b)') or '!ExceptionName: message'.
Operand encodings: i:<decimal int>, f:<hex of the IEEE bits>, c:<real bits>,<imag bits>, s:<JSON string>,
b:True/False, n:None.
"""
import json
import math
import os
import struct
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)  # ~True is part of what is recorded

assert sys.version_info[:2] == (3, 12), "generate with CPython 3.12"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "runtime", "src", "test", "resources", "kiln", "runtime", "types",
                   "number_cases.txt")


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def enc(v):
    if isinstance(v, bool):
        return "b:%s" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + bits(v)
    if isinstance(v, complex):
        return "c:%s,%s" % (bits(v.real), bits(v.imag))
    if isinstance(v, str):
        return "s:" + json.dumps(v)
    if v is None:
        return "n:None"
    raise TypeError(v)


def show(r):
    if isinstance(r, tuple):
        return "(" + ", ".join(show(x) for x in r) + ("," if len(r) == 1 else "") + ")"
    return repr(r)


lines = []


def case(op, args, fn):
    try:
        r = fn()
        out = show(r)
    except Exception as e:  # the exception is the expected outcome
        out = "!%s: %s" % (type(e).__name__, e)
    if "\t" in out or "\n" in out:
        out = json.dumps(out)
    lines.append("\t".join([op] + [enc(a) for a in args] + [out]))


INF, NAN = float("inf"), float("nan")
INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, -256, 2**31, 2**53 + 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
        2**64, 10**20, -10**20, 2**100 + 7, -(3**90), 12345678901234567890123, True, False]
FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, 1.5, 2.5, -2.5, 0.1, 1 / 3, 1e16, 1e-5, 1e300, -1e-300, 5e-324,
          1.7976931348623157e308, INF, -INF, NAN, 2.675, 123456.789, 1e22, 2.0**53, 3.0, -7.0, 1e15, 0.0001,
          123456789012345678.0, 0.30000000000000004, 2.0**-1074 * 3, 9007199254740993.0]
COMPLEXES = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(INF, NAN),
             1e300 + 1e300j, 3 + 4j, complex(2, 0), complex(-0.0, 1), complex(NAN, 0)]

import operator as o

BINOPS = {"add": o.add, "sub": o.sub, "mul": o.mul, "truediv": o.truediv, "floordiv": o.floordiv, "mod": o.mod,
          "divmod": divmod, "pow": pow, "lshift": o.lshift, "rshift": o.rshift, "and": o.and_, "or": o.or_,
          "xor": o.xor, "lt": o.lt, "le": o.le, "eq": o.eq, "ne": o.ne, "gt": o.gt, "ge": o.ge}

SMALL_INTS = [0, 1, -1, 2, -3, 7, 10, -256, 2**63 - 1, -2**63, 2**64, -(3**90), 2**100 + 7, True, False]
SMALL_FLOATS = [0.0, -0.0, 0.5, -2.5, 1.0, 0.1, 1e300, INF, -INF, NAN, 3.0, -7.0, 2.0**53, 1e-300]
for name, fn in BINOPS.items():
    for a in SMALL_INTS:
        for b in SMALL_INTS:
            if name in ("pow", "lshift") and isinstance(b, int) and abs(b) > 200:
                continue
            if name == "pow" and abs(a) > 2**64 and b > 10:
                continue
            case(name, [a, b], lambda: fn(a, b))
    if name in ("lshift", "rshift", "and", "or", "xor"):
        for a in SMALL_INTS[:6]:
            for b in SMALL_FLOATS[:4]:
                case(name, [a, b], lambda: fn(a, b))
        continue
    for a in SMALL_FLOATS:
        for b in SMALL_FLOATS + [0, 3, -2, 2**64, 10**400, -(10**400)]:
            case(name, [a, b], lambda: fn(a, b))
            if not isinstance(b, float):
                case(name, [b, a], lambda: fn(b, a))
    for a in COMPLEXES[:10]:
        for b in [0j, 1j, 2 + 0j, -1.5 - 0.5j, 3 + 4j, 0, 2, 0.5, -1.0]:
            case(name, [a, b], lambda: fn(a, b))
            if not isinstance(b, complex):
                case(name, [b, a], lambda: fn(b, a))

# Exact comparisons between floats and huge ints.
for f in [2.0**63, 2.0**64, 1e20, 2.0**53, -2.0**63, 9007199254740992.0, 1e308, INF, NAN]:
    for i in [2**63, 2**63 - 1, 2**63 + 1, 2**64, 10**20, 10**20 + 1, 2**53 + 1, 2**53, -2**63, 10**308, 10**400]:
        for name in ("lt", "eq", "gt"):
            case(name, [f, i], lambda: BINOPS[name](f, i))
            case(name, [i, f], lambda: BINOPS[name](i, f))

# True division of big ints: correctly rounded.
for a in [2**100 + 1, 10**30 + 7, -(3**80), 2**1100, 1, 2**1074 * 3 + 1, 10**400, 1]:
    for b in [3, 7, 2**60 + 1, -(10**25), 3**700, 2**2000, 10**399 * 3]:
        case("truediv", [a, b], lambda: a / b)
case("truediv", [1, 2**1075], lambda: 1 / 2**1075)
case("truediv", [3, 2**1076], lambda: 3 / 2**1076)
case("truediv", [2**1024, 1], lambda: 2**1024 / 1)
case("truediv", [2**1024 - 2**970, 1], lambda: (2**1024 - 2**970) / 1)
case("truediv", [0, -5], lambda: 0 / -5)

# Modular pow.
for a, b, m in [(3, -1, 7), (2, -1, 4), (2, 3, 0), (2, 10, 1000), (-2, 3, 5), (2, 3, -5), (7, 2**100, 13),
                (3, -2, 10**20 + 39), (0, 0, 1), (5, 0, -1), (12345678901234567890, 98765, 10**9 + 7)]:
    case("pow3", [a, b, m], lambda: pow(a, b, m))
case("pow3", [2.0, 3, 5], lambda: pow(2.0, 3, 5))

UNARY = {"neg": o.neg, "pos": o.pos, "abs": abs, "invert": o.invert, "int": int, "float": float, "bool": bool,
         "repr": repr, "str": str, "hash": hash, "complex": complex}
for v in INTS + FLOATS + COMPLEXES:
    for name, fn in UNARY.items():
        if name == "hash" and (isinstance(v, float) and math.isnan(v) or isinstance(v, complex)
                               and (math.isnan(v.real) or math.isnan(v.imag))):
            continue
        case(name, [v], lambda: fn(v))

# Rounding.
for v in FLOATS + [0.125, 0.375, 2.5, 3.5, -0.5, 1.005, 2.675, 1234.5678, 5e-324, 1.5e-300]:
    case("round", [v], lambda: round(v))
    for nd in [0, 1, 2, 3, -1, -2, 10, 400, -400, -308, 17]:
        case("round", [v, nd], lambda: round(v, nd))
for v in [0, 5, 15, 25, 35, -15, -25, 12345, 10**20 + 5 * 10**19, -(2**100), 149, 150, 151, 250]:
    for nd in [-1, -2, 0, 3, -30]:
        case("round", [v, nd], lambda: round(v, nd))
    case("round", [v], lambda: round(v))
case("round", [1.5, 1.0], lambda: round(1.5, 1.0))
case("round", [1e308, -308], lambda: round(1e308, -308))

# Methods.
METHODS_INT = ["bit_length", "bit_count", "as_integer_ratio", "conjugate", "is_integer", "__trunc__",
               "__floor__", "__ceil__", "__index__", "__getnewargs__", "real", "imag", "numerator",
               "denominator"]
for v in INTS:
    for m in METHODS_INT:
        case("meth0" if not m in ("real", "imag", "numerator", "denominator") else "attr", [v, m],
             (lambda: getattr(v, m)) if m in ("real", "imag", "numerator", "denominator") else
             (lambda: getattr(v, m)()))
METHODS_FLOAT = ["as_integer_ratio", "conjugate", "is_integer", "hex", "__trunc__", "__floor__", "__ceil__",
                 "__getnewargs__", "real", "imag", "__int__", "__float__"]
for v in FLOATS:
    for m in METHODS_FLOAT:
        attr = m in ("real", "imag")
        case("attr" if attr else "meth0", [v, m], (lambda: getattr(v, m)) if attr else (lambda: getattr(v, m)()))
for v in COMPLEXES:
    for m in ["conjugate", "real", "imag", "__getnewargs__"]:
        attr = m in ("real", "imag")
        case("attr" if attr else "meth0", [v, m], (lambda: getattr(v, m)) if attr else (lambda: getattr(v, m)()))

for s in ["0x1.8p1", "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.fffffffffffffp+1023", "0x1p1024", "-0x0p0",
          "inf", "-Infinity", "nan", " 0X1.0P+0 ", "x", "0x", "1.", ".8", "0x.8", "0x1.8p", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1.000000000000080000001p0", "1p-1076", "0x1.ffffffffffffffp+1023", "0x1pG"]:
    case("fromhex", [s], lambda: float.fromhex(s))

for v in [0, 1, 255, -1, -128, 2**64, -(2**100), 65535]:
    for length in [1, 2, 8, 20]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                case("to_bytes_list", [v, length, order, signed],
                     lambda: list(v.to_bytes(length, order, signed=signed)))
for data in [[], [1], [255], [0, 255], [255, 255, 255], [1, 2, 3, 4, 5, 6, 7, 8, 9], [128, 0]]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            case("from_bytes_list", [json.dumps(data), order, signed],
                 lambda: int.from_bytes(bytes(data), order, signed=signed))

# Constructors from text.
INT_TEXTS = [("0", 10), ("-0", 10), ("  12  ", 10), ("+7", 10), ("1_000", 10), ("1__0", 10), ("_1", 10),
             ("1_", 10), ("0x1f", 0), ("0X1F", 16), ("0x_1f", 16), ("0x_1f", 0), ("1f", 16), ("0b101", 0),
             ("0o17", 0), ("0o17", 8), ("017", 0), ("00", 0), ("0_0", 0), ("0_1", 0), ("z", 36), ("Z", 36),
             ("10", 2), ("12", 2), ("", 10), (" ", 10), ("-", 10), ("1e5", 10), ("1.5", 10), ("0b", 0),
             ("0x", 16), ("٣", 10), ("１２", 10), ("12", 37), ("12", 1), ("12", -1), ("9" * 30, 10),
             ("-" + "7" * 25, 8), ("x" * 300, 10), ("1" * 4301, 10), ("1" * 4300, 10), ("f" * 5000, 16),
             ("\u00a012\u2003", 10), ("0x1f", 10), ("  -0b1_0  ", 0), ("123456789012345678", 10),
             ("9223372036854775808", 10), ("-9223372036854775808", 10), ("zzzzzzzzzzzzz", 36)]
for s, base in INT_TEXTS:
    case("int_base", [s, base], lambda: int(s, base))
for s in ["12", " -3 ", "x", "1.5", "", "1_0"]:
    case("int", [s], lambda: int(s))
for v in [1.5, -1.5, 1e20, -0.0, INF, NAN, 2.0**63, True]:
    case("int", [v], lambda: int(v))
case("int_base", [1.5, 10], lambda: int(1.5, 10))

FLOAT_TEXTS = ["1.5", " 1.5 ", "-1e-5", "1_0.5", "1_e5", "1__0", "inf", "-iNF", "Infinity", "+nan", "-nAn",
               "nanx", "1e", "1.", ".5", ".", "1e500", "-1e500", "0x10", "", " ", "1e-400", "12\u00a0",
               "٣.٥", "1.5j", "1d5", "1f", "0.1", "9007199254740993", "2.2250738585072011e-308",
               "1" * 400, "123_456.789_012e1_0"]
for s in FLOAT_TEXTS:
    case("float", [s], lambda: float(s))

COMPLEX_TEXTS = ["1+2j", "(1-2j)", " ( 1+2j ) ", "j", "-j", "+j", "1e5j", "1+j", "1-j", "1 + 2j", "inf+nanj",
                 "1_0j", "()", "x", "1", "-1.5", "2J", "(1+2j", "1+2", "nanj", "-infj", "1e-3-1e3j", "",
                 "1+2j)", " 3 ", "(j)", "1+2jj"]
for s in COMPLEX_TEXTS:
    case("complex", [s], lambda: complex(s))
for a, b in [(1, 2), (1.5, -0.5), (1j, 1j), (1 + 2j, 3), (2, 1j), (0, -0.0), (-0.0, 0)]:
    case("complex2", [a, b], lambda: complex(a, b))
case("complex2", ["1", 2], lambda: complex("1", 2))
case("complex2", [1, "2"], lambda: complex(1, "2"))

# __format__.
INT_SPECS = ["", "d", "5", "<5", "^7", "*>8", "=+8", "+", " ", ",", "_", "010,", "#x", "#X", "#o", "#b", "_b",
             "#010_x", "x", "X", "o", "b", "e", ".2f", "%", "n", "08.3e", "G", ".2d", "z", "xd", ",s", "s",
             "c", "+c", "#c", ",c", "_n", ",x", "_x", "0", "-08", "^010", "0=+10,", "012_", "#_o", "=^10",
             ".3", "._", "\u20ac^9"]
for v in [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(10**25), 65, 0x10ffff, 0x110000, True]:
    for spec in INT_SPECS:
        case("format", [v, spec], lambda: format(v, spec))
FLOAT_SPECS = ["", ".2f", ".0f", "#.0f", "e", ".3e", "#.0e", "E", "g", ".3g", "#g", "#.3g", "G", ".10g", "%",
               ".1%", ",", "_.2f", "010.2f", "+.1f", " g", "z.1f", "z", "=+12.3f", "*^15.4e", "n", ".0", ".1",
               ".17", ".4", "#", "F", "d", "x", ",.2f", "012,.1f", "015_", ".30f", "-", "<10", "0", "010",
               ".2", "#.2", "=10", ",g", "_e", ".100e", "z.0f", "+z.2e", "c"]
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1234.5678, -1234567.891, 1e16, 1e-5, 1e22, 123456789.0, 2.5, 0.125,
          1e300, 5e-324, INF, -INF, NAN, -0.001, 0.0001, 1e15, 9.999999]:
    for spec in FLOAT_SPECS:
        case("format", [v, spec], lambda: format(v, spec))
COMPLEX_SPECS = ["", ".2f", "e", "g", ">30", "^30.3f", "+", "010", "=10", "d", ".3", ",", "*<25", "+.1e",
                 "#g", "z.1f", "0<20", "F", ".0f", "n", "%"]
for v in [0j, 1j, 1 + 2j, -1.5 - 0.5j, complex(-0.0, -0.0), complex(1e20, 1e-20), complex(INF, NAN),
          1234567 + 0.5j, complex(-0.0, 2)]:
    for spec in COMPLEX_SPECS:
        case("format", [v, spec], lambda: format(v, spec))

# Constructor calls with keywords and wrong argument counts: callkw <type> <JSON kw names> <values...>.
TYPES = {"int": int, "float": float, "complex": complex, "bool": bool}
for tname, pos, kws in [("int", [], {}), ("int", ["12"], {"base": 8}), ("int", [], {"base": 8}), ("int", [], {"x": 5}),
                        ("int", [1, 2, 3], {}), ("int", ["1"], {"base": 8, "bas": 1}), ("int", ["1", 8], {"base": 8}),
                        ("int", ["z"], {"base": 36}), ("int", [" 0b11 "], {"base": 0}), ("float", [], {}),
                        ("float", [1, 2], {}), ("float", [], {"x": 1}), ("float", [True], {}),
                        ("complex", [], {"real": 1, "imag": 2}), ("complex", [1, 2, 3], {}),
                        ("complex", [1], {"real": 2}), ("complex", [], {"imag": 2.5}), ("complex", [], {"foo": 1}),
                        ("complex", [], {}), ("bool", [], {}), ("bool", [1, 2], {}), ("bool", [], {"x": 1}),
                        ("bool", [0.0], {}), ("bool", [0j], {}), ("bool", [""], {}), ("bool", ["a"], {}),
                        ("bool", [-5], {}), ("bool", [float("nan")], {})]:
    names = list(kws)
    vals = pos + [kws[k] for k in names]
    case("callkw", [tname, json.dumps(names)] + vals, lambda: TYPES[tname](*pos, **kws))

# Methods with arguments: meth <value> <name> <args...>.
for v, name, args in [(5, "__round__", [-1]), (2.5, "__round__", []), (2.675, "__round__", [2]), (1.5, "__round__", [None]),
                      (5, "__format__", ["x"]), (5, "__format__", [5]), (1.5, "__format__", [None]),
                      (1, "__sizeof__", []), (0, "__sizeof__", []), (2**30, "__sizeof__", []), (2**60, "__sizeof__", []),
                      (-(2**100), "__sizeof__", []), (True, "__sizeof__", []), (1.0, "__sizeof__", []),
                      (1j, "__sizeof__", []), (1j, "__complex__", []), (1.5, "__getformat__", ["double"]),
                      (1.5, "__getformat__", ["x"]), (1.5, "__getformat__", [1]), (5, "bit_length", [1]),
                      (5, "to_bytes", []), (5, "__trunc__", [1]), (2.5, "hex", [1]), (1.5, "is_integer", []),
                      (7, "__pow__", [2]), (7, "__pow__", [2, 5]), (7, "__rpow__", [2]), (7.0, "__pow__", [2, 5]),
                      (7, "__add__", [1.5]), (7.5, "__radd__", [1]), (7, "__truediv__", [2]), (7, "__eq__", [7.0]),
                      (7.0, "__eq__", [7]), (1j, "__lt__", [1j]), (1j, "__eq__", [1j]), (3, "__index__", []),
                      (3.5, "__int__", []), (3, "__float__", []), (3, "__bool__", []), (0.0, "__bool__", []),
                      (0j, "__bool__", []), (3, "__neg__", []), (3, "__invert__", []), (3, "__divmod__", [2]),
                      (3, "__rdivmod__", [20]), (3.0, "__rmod__", [-7]), (3, "__lshift__", [2.0]),
                      (True, "__and__", [False]), (True, "__or__", [2]), (True, "__xor__", [True]),
                      (True, "__rand__", [True]), (False, "__invert__", [])]:
    case("meth", [v, name] + args, lambda: getattr(v, name)(*args))
for t, name, args in [("int", "from_bytes", [[1, 0], "little"]), ("int", "from_bytes", [[1, 0]]),
                      ("int", "from_bytes", [[1], "middle"]), ("int", "from_bytes", ["ab"]),
                      ("float", "fromhex", [1]), ("float", "fromhex", ["0x1p0", 1])]:
    conv = [bytes(a) if isinstance(a, list) else a for a in args]
    case("tmeth", [t, name] + [json.dumps(a) if isinstance(a, list) else a for a in args],
         lambda: getattr(TYPES[t], name)(*conv))

# Subclasses: results of operations on instances of `class S(base): pass`.
class SI(int): pass
class SF(float): pass
class SC(complex): pass
SUBS = {"int": SI, "float": SF, "complex": SC}
def tn(x):
    return type(x).__name__.replace("SI", "S").replace("SF", "S").replace("SC", "S")
SUB_OPS = {"new": lambda S, v: S(v), "add1": lambda S, v: S(v) + 1, "radd": lambda S, v: 1 + S(v),
           "neg": lambda S, v: -S(v), "pos": lambda S, v: +S(v), "abs": lambda S, v: abs(S(v)),
           "repr": lambda S, v: repr(S(v)), "str": lambda S, v: str(S(v)), "format": lambda S, v: format(S(v), ""),
           "format2": lambda S, v: format(S(v), "x"), "real": lambda S, v: S(v).real,
           "conj": lambda S, v: S(v).conjugate(), "toint": lambda S, v: int(S(v)),
           "tofloat": lambda S, v: float(S(v)), "tocomplex": lambda S, v: complex(S(v)),
           "hash": lambda S, v: hash(S(v)) == hash(v), "eq": lambda S, v: S(v) == v,
           "round": lambda S, v: round(S(v)), "trunc": lambda S, v: S(v).__trunc__(),
           "getnewargs": lambda S, v: S(v).__getnewargs__()}
for base, vals in [("int", [5, -7, 2**70]), ("float", [2.5, -0.0]), ("complex", [1 + 2j, 3])]:
    for v in vals:
        for opname, fn in SUB_OPS.items():
            def run():
                r = fn(SUBS[base], v)
                return (tn(r), r if not isinstance(r, (SI, SF, SC)) else repr(r))
            case("subcls", [base, v, opname], run)

# hash(x) == hash(y) across types, and the string digit limit.
for a, b in [(1, 1.0), (1, True), (1, 1 + 0j), (0.5, 0.5 + 0j), (-1, -1.0), (2**61, 1), (2**61 - 1, 0), (0, -0.0),
             (10**20, 1e20), (-2**63, -9.223372036854775808e18)]:
    case("hasheq", [a, b], lambda: hash(a) == hash(b))

# Seeded random cases: shortest reprs, formats, big-int arithmetic, parsing round trips.
import random
rng = random.Random(3_12_1)


def rdouble():
    k = rng.random()
    if k < 0.4:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if k < 0.7:
        return rng.uniform(-1e6, 1e6)
    return round(rng.uniform(-1000, 1000), rng.randint(0, 6))


def rint():
    k = rng.random()
    if k < 0.4:
        return rng.randint(-1000, 1000)
    if k < 0.7:
        return rng.randint(-2**64, 2**64)
    return rng.randint(-2**300, 2**300)


for _ in range(2000):
    x = rdouble()
    if not math.isnan(x):
        case("repr", [x], lambda: repr(x))
for _ in range(1000):
    x = rdouble()
    if math.isnan(x):
        continue
    spec = (rng.choice(["", "+", " ", "*^", "<"]) + rng.choice(["", "0", "015", "30", ","]) + "."
            + str(rng.randint(0, 20)) + rng.choice("eEfFgG%"))
    case("format", [x, spec], lambda: format(x, spec))
    nd = rng.randint(-10, 20)
    case("round", [x, nd], lambda: round(x, nd))
    if not math.isinf(x):
        case("fromhex", [x.hex()], lambda: float.fromhex(x.hex()))
        case("float", ["%.25e" % x], lambda: float("%.25e" % x))
for _ in range(1000):
    v = rint()
    spec = (rng.choice(["", "*<", "*>", "*^", "=", "0="]) + rng.choice(["", "+", " "]) + rng.choice(["", "#"])
            + rng.choice(["", "0", "08", "40"]) + rng.choice(["", ",", "_"]) + rng.choice("dxXobneg%"))
    case("format", [v, spec], lambda: format(v, spec))
for _ in range(1000):
    a, b = rint(), rint()
    if b == 0:
        continue
    op = rng.choice(["truediv", "floordiv", "mod", "mul", "xor", "and", "or", "sub"])
    case(op, [a, b], lambda: BINOPS[op](a, b))
    x = rdouble()
    case("lt", [x, a], lambda: x < a)
    case("hash", [a], lambda: hash(a))
    if not math.isnan(x):
        case("hash", [x], lambda: hash(x))
for _ in range(300):
    z = complex(rdouble(), rdouble())
    if not (math.isnan(z.real) or math.isnan(z.imag)):
        case("abs", [z], lambda: abs(z))
        case("repr", [z], lambda: repr(z))
    n = rng.randint(-6, 6)
    case("pow", [z, n], lambda: z ** n)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines), "cases written to", os.path.normpath(OUT))
