"""Writes the expected results of Kiln's str/bytes/bytearray/memoryview/format tests, computed by CPython 3.12.

Run with CPython 3.12:  PYENV_VERSION=3.12.1 python tests/runtime/gen_str_cases.py
Output: runtime/src/test/resources/kiln/runtime/types/str_cases.txt, read by StrCasesTest.

Each line is tab-separated: a readable description (ascii() of the Python expression), an operation, the
operands as one encoded tuple, keyword arguments as one encoded dict, and the expected outcome: the encoded
result or '!ExceptionName <encoded message>'.
Value encoding (space-separated tokens): s<code points in hex joined by '.'> (so lone surrogates survive),
b<hex> bytes, a<hex> bytearray, i<decimal> int, f<hex of IEEE bits> float, N None, T True, F False,
E Ellipsis, m<hex> memoryview of bytes, '<' start stop step '>' slice, 'I' list (an iterator
over it), '(' items ')' tuple, '[' items ']' list, '{' key value ... '}' dict.
Operations: call (receiver, method name, args...), repr, str, ascii, mod (a % b), add, mul, getitem, contains,
format (format(value, spec)), new (type name, args...), list (list(x)), len, hash_eq (hash(a) == hash(b)),
cmp (a, op name, b), mv (memoryview(x) then method and args), encode/decode via call.
"""
import os
import struct
import warnings
import sys

assert sys.version_info[:2] == (3, 12), "generate with CPython 3.12"
warnings.simplefilter("ignore")  # invalid escapes in the unicode_escape cases

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "runtime", "src", "test", "resources", "kiln", "runtime", "types",
                   "str_cases.txt")


def enc(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if v is Ellipsis:
        return "E"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s" + ".".join("%x" % ord(c) for c in v)
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, bytearray):
        return "a" + v.hex()
    if isinstance(v, tuple):
        return " ".join(["("] + [enc(x) for x in v] + [")"])
    if isinstance(v, list):
        return " ".join(["["] + [enc(x) for x in v] + ["]"])
    if isinstance(v, slice):
        return " ".join(["<", enc(v.start), enc(v.stop), enc(v.step), ">"])
    if isinstance(v, memoryview):
        return "m" + v.tobytes().hex()
    if isinstance(v, (range, type(iter([])))):
        return "I " + enc(list(v))
    if isinstance(v, dict):
        out = ["{"]
        for k, x in v.items():
            out += [enc(k), enc(x)]
        return " ".join(out + ["}"])
    raise TypeError(type(v))


TYPES = {"str": str, "bytes": bytes, "bytearray": bytearray, "memoryview": memoryview}
CMP = {"lt": lambda a, b: a < b, "le": lambda a, b: a <= b, "eq": lambda a, b: a == b,
       "ne": lambda a, b: a != b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b}


def run(op, args, kw):
    if op == "call":
        recv, name, rest = args[0], args[1], args[2:]
        return getattr(recv, name)(*rest, **kw)
    if op == "repr":
        return repr(args[0])
    if op == "str":
        return str(args[0])
    if op == "ascii":
        return ascii(args[0])
    if op == "mod":
        return args[0] % args[1]
    if op == "add":
        return args[0] + args[1]
    if op == "mul":
        return args[0] * args[1]
    if op == "getitem":
        return args[0][args[1]]
    if op == "contains":
        return args[1] in args[0]
    if op == "format":
        return format(args[0], args[1])
    if op == "new":
        return TYPES[args[0]](*args[1:], **kw)
    if op == "list":
        return list(args[0])
    if op == "len":
        return len(args[0])
    if op == "hash_eq":
        return hash(args[0]) == hash(args[1])
    if op == "cmp":
        return CMP[args[1]](args[0], args[2])
    if op == "partial":
        import codecs
        return getattr(codecs, args[1].replace("-", "_") + "_decode")(args[0], args[2], args[3])
    if op == "mv":
        m = memoryview(args[0])
        if args[1] == "cast":
            m = m.cast(args[2])
            name, rest = args[3], args[4:]
        else:
            name, rest = args[1], args[2:]
        if name == "getitem":
            r = m[rest[0]]
            return r.tolist() if isinstance(r, memoryview) else r
        if name == "attrs":
            return (m.format, m.itemsize, m.nbytes, m.readonly, len(m), m.ndim, m.shape, m.strides)
        if name == "setitem":
            m[rest[0]] = rest[1]
            return args[0]
        r = getattr(m, name)(*rest, **kw)
        return r
    raise ValueError(op)


lines = []


def show(v):
    """repr() without object addresses, so that the output file is the same on every run."""
    if isinstance(v, memoryview):
        return "memoryview(%r)" % v.tobytes()
    if isinstance(v, tuple):
        return "(" + "".join(show(x) + ", " for x in v) + ")"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    return repr(v)


def case(op, *args, **kw):
    desc = op + show(args) + ("" if not kw else " %r" % kw)
    encoded = enc(tuple(args))  # before running: iterators get consumed
    try:
        r = run(op, args, kw)
        out = enc(r)
    except Exception as e:  # the exception is the expected outcome
        out = "!%s %s" % (type(e).__name__, enc(str(e)))
    lines.append("\t".join([ascii(desc), op, encoded, enc(kw), out]))


def call(recv, name, *args, **kw):
    case("call", recv, name, *args, **kw)


# ---------------------------------------------------------------- str

SAMPLES = ["", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c", "line1\nline2\r\nline3\r", "ß straße",
           "ǅungla", "ΣΑΣ ΟΔΟΣ", "a\U0001F600b\U0001F600c", "\U00010400\U00010428", "x\ud800y", "tab\tbed\tx",
           "MiXeD cAsE 123", "123", "٣٤", "²³", "½", "一二三", "\x00\x7f\x85\xa0", "don't", "it's \"q\"",
           "İstanbul", "ﬁne", "\u1fb3", "hello_world9", "9abc", "über", "\u0300x", " \t\n\x0b\x0c\r\x1c\u2028\u3000"]

for s in SAMPLES:
    case("repr", s)
    case("ascii", s)
    case("len", s)
    case("list", s)
    for m in ["upper", "lower", "capitalize", "title", "swapcase", "casefold", "isalnum", "isalpha", "isascii",
              "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
              "isupper", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs"]:
        call(s, m)
    call(s, "splitlines", True)
    call(s, "encode")
    call(s, "encode", "utf-16")
    call(s, "encode", "utf-32-be")
    call(s, "encode", "latin-1")
    call(s, "encode", "ascii", "replace")
    call(s, "encode", "ascii", "backslashreplace")
    call(s, "encode", "ascii", "xmlcharrefreplace")
    call(s, "encode", "utf-8", "surrogatepass")
    call(s, "encode", "utf-8", "surrogateescape")
    call(s, "center", 12, "*")
    call(s, "ljust", 10)
    call(s, "rjust", 10, "\U0001F600")
    call(s, "zfill", 8)
    call(s, "find", "b")
    call(s, "rfind", "b")
    call(s, "find", "c", 2)
    call(s, "rfind", "\U0001F600")
    call(s, "index", "\U0001F600")
    call(s, "count", "")
    call(s, "count", "a")
    call(s, "split", "b")
    call(s, "rsplit", " ", 1)
    call(s, "split", None, 1)
    call(s, "partition", "b")
    call(s, "rpartition", "\U0001F600")
    call(s, "replace", "a", "XY")
    call(s, "replace", "", "-", 3)
    call(s, "startswith", ("a", "H"))
    call(s, "endswith", "c", 0, -1)
    call(s, "strip", "a\U0001F600c")
    call(s, "expandtabs", 4)
    call(s, "removeprefix", "a")
    call(s, "removesuffix", "c")
    call(s, "translate", {97: "A", 98: None, 0x1F600: 0x263A})
    call(s, "__format__", "^9")
    case("format", s, ">12.3")
    for key in [0, -1, 3, slice(1, None), slice(None, None, -1), slice(0, 10, 2), slice(-3, -1)]:
        case("getitem", s, key)
    case("hash_eq", s, str(s))

for a, b in [("a", "b"), ("abc", "abd"), ("\U0001F600", "\uffff"), ("", "a"), ("Z", "a"), ("\ud800", "\ue000")]:
    for op in ["lt", "le", "eq", "ne", "gt", "ge"]:
        case("cmp", a, op, b)

# find/count edge cases with start/end
for args in [("", 0), ("", 3), ("", 4), ("", 2, 1), ("b", -2), ("b", None, 2), ("a", -100, 100), ("bc", 1, 2),
             ("abc", 0, 3), ("c", 3)]:
    for m in ["find", "rfind", "count", "startswith", "endswith", "index"]:
        call("abc", m, *args)

# argument errors
call("abc", "find", 1)
call("a", "__format__", None)
call("a", "strip", "x", "y")
call("a", "strip", chars="x")
call("a", "replace", "a")
call("a", "replace", "a", "b", 1, 2)
call(b"a", "rstrip", b"x", b"y")
call("a", "find", None)
call("a", "split", None, None)
call("a", "replace", "a", None)
call(b"a", "find", None)
call("a", "encode", None)
call("a", "join", [None])
call("a", "startswith", None)
call(b"a", "decode", None)
call(b"a", "center", 5, None)
call(b"", "fromhex", None)
case("add", "a", None)
call("abc", "split", 1)
call("abc", "split", "")
call("abc", "join", [1])
call(",", "join", ["a", "b", "\U0001F600"])
call(",", "join", ("x",))
call("", "join", "abc")
call("abc", "join", 5)
call("abc", "replace", 1, "")
call("abc", "startswith", 1)
call("abc", "startswith", ("a", 1))
call("abc", "strip", 1)
call("abc", "center", 3, "ab")
call("abc", "center", "x")
call("abc", "center", 9, 1)
call("abc", "partition", "")
call("abc", "partition", 1)
call("abc", "index", "z")
call("abc", "rindex", "z")
call("abc", "count")
call("abc", "find", "a", 1, 2, 3)
call("abc", "split", maxsplit=1)
call("a b c", "split", sep=" ", maxsplit=1)
call("a b c", "split", spam=1)
call("abc", "encode", "xyz")
call("é", "encode", "ascii")
call("a\u20acb\u20ac", "encode", "latin-1")
call("\ud800", "encode")
call("ab\udcffc", "encode", "utf-8", "surrogateescape")
call("é", "encode", encoding=1)
call("é€", "encode", "cp1252")
call("é", "encode", "ascii", "bogus")
call("abc", "translate", {97: 0x110000})
call("abc", "translate", {97: 1.5})
call("abc", "translate", "xyz")
call("", "maketrans", {"a": "b", 99: None})
call("", "maketrans", "ab", "cd", "e")
call("", "maketrans", "ab", "c")
call("", "maketrans", {"ab": 1})
call("", "maketrans", 1)
call("", "maketrans", 1, "a")
call("abc", "expandtabs", tabsize=2)
call("a\tb", "expandtabs", 0)
call("-42", "zfill", 6)
call("+", "zfill", 3)
call("abc", "__getnewargs__")
call("abc", "__mul__", 3)
call("abc", "__rmul__", -1)
call("abc", "__add__", 1)
call("abc", "__contains__", 1)
case("add", "ab", "cd")
case("add", "ab", 1)
case("mul", "ab", 3)
case("mul", "\U0001F600", 2)
case("mul", "ab", 0)
case("mul", "ab", 2 ** 63)
case("mul", "ab", 2 ** 62)
case("mul", "ab", -2 ** 70)
case("mul", b"ab", 2 ** 64)
case("mul", "ab", 2.0)
case("contains", "abc", "bc")
case("contains", "a\U0001F600", "\U0001F600")
case("contains", "abc", 1)
case("getitem", "abc", 5)
case("getitem", "abc", "x")
case("getitem", "abc", 1.0)
case("getitem", "abc", True)
case("new", "str")
case("new", "str", 12)
case("new", "str", b"abc")
case("new", "str", b"ab\xffc", "utf-8", "replace")
case("new", "str", b"abc", encoding="ascii")
case("new", "str", "abc", "utf-8")
case("new", "str", 1, "utf-8")
case("new", "str", b"x", 1)
case("new", "str", bytearray(b"\xe2\x82\xac"), "utf-8")
case("new", "str", b"\xff", "utf-8")
case("new", "str", b"\xe2\x82", "utf-8")
case("new", "str", b"\xe2\x28\xa1", "utf-8")
case("new", "str", b"\xf0\x90\x80", "utf-8", "replace")
case("new", "str", b"\xed\xa0\x80", "utf-8")
case("new", "str", b"\xed\xa0\x80", "utf-8", "surrogatepass")
case("new", "str", b"a\x80\xffb", "utf-8", "surrogateescape")
case("new", "str", b"a\x80\xffb", "utf-8", "backslashreplace")
case("new", "str", b"a\x80\xffb", "utf-8", "ignore")
case("new", "str", b"a\x80b", "ascii")
case("new", "str", b"a\x80b", "latin-1")
case("new", "str", b"\xff\xfea\x00=\xd8\x00\xde", "utf-16")
case("new", "str", b"\x00a", "utf-16-be")
case("new", "str", b"a", "utf-16")
case("new", "str", b"\x00\xdc\x00\x00", "utf-16-le")
case("new", "str", b"\x00\xd8a\x00", "utf-16-le")
case("new", "str", b"\xff\xfe\x00\x00a\x00\x00\x00\x00\xf6\x01\x00", "utf-32")
case("new", "str", b"\x00\x00\x11\x00", "utf-32-le")
case("new", "str", b"\x80\x81", "cp1252")
case("new", "str", b"abc", "UTF8")
case("new", "str", b"abc", "Latin_1")
case("new", "str", b"abc", "nope")
case("new", "str", b"\xff", "utf-8", "xmlcharrefreplace")
case("new", "str", b"\xef\xbb\xbfabc", "utf-8-sig")
case("new", "str", b"abc", "utf_8_sig")
case("new", "str", b"\xef\xbb\xbfa\xff", "utf-8-sig")
call("a\u20ac", "encode", "utf-8-sig")
for b in [b"a\\nb\\x41\\u20ac\\U0001F600\\N{DEGREE SIGN}\\101\\'\\\"\\a\\v\\\n", b"\\x4", b"\\", b"\\N{NOPE}", b"\\N",
          b"\\U00110000", b"\\u12", b"caf\xe9", b"\\x41\\x4g"]:
    case("new", "str", b, "unicode_escape")
    case("new", "str", b, "unicode_escape", "replace")
for b in [b"\\u20ac\\\\u20ac\\x", b"\\U0001F600", b"\\u12", b"\\\\\\u0041", b"caf\xe9"]:
    case("new", "str", b, "raw_unicode_escape")
for s_ in ["a\t\xe9\u20ac\U0001F600\\'\"\x7f", ""]:
    call(s_, "encode", "unicode_escape")
    call(s_, "encode", "raw_unicode_escape")
for data, enc_, fin in [(b"a\xe2\x82", "utf-8", False), (b"a\xe2\x82", "utf-8", True), (b"a\xe2\x82\xac", "utf-8", False),
                        (b"ab\xf0\x9f", "utf-8", False), (b"\xff", "utf-8", False), (b"a\x00b", "utf-16-le", False),
                        (b"a\x00=\xd8", "utf-16-le", False), (b"a\x00=\xd8", "utf-16-le", True), (b"\xff\xfea\x00b", "utf-16", False),
                        (b"a\x00\x00\x00b\x00", "utf-32-le", False)]:
    case("partial", data, enc_, "strict", fin)

# %-formatting
PCT = [
    ("%s", "x"), ("%s", ("x",)), ("%r", "x"), ("%a", "é"), ("%5s|%-5s|%.1s", ("ab", "cd", "ef")),
    ("%d", 42), ("%d", -42), ("%i", 3.99), ("%u", True), ("%5d|%-5d|%05d|%+d|% d", (1, 2, 3, 4, 5)),
    ("%.3d|%5.3d|%-6.3d", (5, 7, -7)), ("%x|%X|%o|%#x|%#X|%#o", (255, 255, 8, 255, 255, 8)),
    ("%#08x|%-#8x|%08.3x", (255, 255, 255)), ("%x", -255), ("%#o", -8), ("%d", 10 ** 30), ("%x", 2 ** 70),
    ("%f|%.2f|%10.3f|%-10.1f|%+.1f", (3.14159, 2.5, 2.0005, 1.25, 1.0)), ("%e|%E|%.0e|%#.0e", (12345.678,) * 4),
    ("%g|%G|%g|%g|%#g|%.3g", (1e-5, 1e20, 100000.0, 1000000.0, 2.0, 3.14159)), ("%f", float("inf")),
    ("%05f|%-6f|%F|%f", (float("inf"), float("-inf"), float("nan"), float("nan"))), ("%010.2f", -3.5),
    ("%.0f|%.0f|%.0f", (0.5, 1.5, 2.5)), ("%f", 10), ("%d", "3"), ("%x", 3.0), ("%f", "a"), ("%c", 65),
    ("%c", "\U0001F600"), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%c", 1.0), ("%5c|%-3c|", ("x", 66)),
    ("%%|%s", "a"), ("%5%", ()), ("%(a)s %(b)r", {"a": 1, "b": "x"}), ("%(a)s", (1,)), ("%(a", {}),
    ("%(a)s", {}), ("%", ()), ("%y", 3), ("%y", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 1), ("abc", ()),
    ("abc", {"x": 1}), ("abc", [1]), ("%*d|%-*d|%.*f", (5, 1, 5, 2, 2, 3.14159)), ("%*d", (-4, 1)),
    ("%*d", ("a", 1)), ("%.*f", (1.5, 1.0)), ("%s", [1, 2]), ("%s", None), ("%r", "é\U0001F600"),
    ("%a", "é\U0001F600"), ("\U0001F600%s%y", (1, 2)), ("%\xe9", (1,)), ("%-05d", 3), ("% 05d", 3),
    ("%+05.1f", 2.25), ("%#.3g", 1.0), ("%.2s", "\U0001F600\U0001F600\U0001F600"), ("%s", ()),
    ("%d", [1]), ("%i", None), ("%.1e", 9.96), ("%.30f", 0.1), ("%.100f", 1e-5),
]
for f, a in PCT:
    case("mod", f, a)

# str.format / format_map
FMT = [
    ("{}", (1,), {}), ("{0}{1}{0}", ("a", "b"), {}), ("{x}-{y}", (), {"x": 1, "y": 2}), ("{{}}{}", (5,), {}),
    ("{}", (), {}), ("{1}", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("}", (), {}), ("{", (), {}),
    ("a}b", (), {}), ("{0", (1,), {}), ("{!r}", ("é",), {}), ("{!a}", ("é",), {}), ("{!s:>4}", (1,), {}),
    ("{!x}", (1,), {}), ("{!}", (1,), {}), ("{0!r:^9}", ("ab",), {}), ("{0!rr}", (1,), {}),
    ("{0[0]}{0[1]}", ("ab",), {}), ("{0[x]}", ({"x": 5},), {}), ("{a[1]}", (), {"a": [7, 8]}),
    ("{0[}", ((1,),), {}), ("{0[]}", ((1,),), {}), ("{0[0]x}", ((1,),), {}), ("{0.}", (1,), {}),
    ("{0.real}", (3,), {}), ("{.imag}", (3,), {}), ("{0.nope}", (3,), {}), ("{z}", (), {}),
    ("{:{}}", ("ab", 5), {}), ("{:{w}.{p}}", ("abcdef",), {"w": 6, "p": 2}), ("{0:{1}{2}}", ("x", ">", 4), {}),
    ("{:{:{}}}", (1, 2, 3), {}), ("{:>{}}", ("x",), {}), ("{0:d}", ("x",), {}), ("{:s}", (1,), {}),
    ("{:+}", ("x",), {}), ("{:=5}", ("x",), {}), ("{:#}", ("x",), {}), ("{:,}", ("x",), {}), ("{:z}", ("x",), {}),
    ("{:05}", ("x",), {}), ("{:*^7}", ("\U0001F600",), {}), ("{:.2}", ("\U0001F600abc",), {}),
    ("{:\U0001F600<5}", ("x",), {}), ("{:x<}", ("ab",), {}), ("{0:}", ("a",), {}), ("{:%}", ("a",), {}),
    ("{:>10}|{:<4}|{:^6}", ("r", "l", "c"), {}), ("{a b}", (), {"a b": 1}), ("{0:{a}}", ("x",), {"a": "<3"}),
    ("{!r:}", ("x",), {}), ("{0[-1]}", ({"-1": "neg"},), {}), ("{00}", ("z",), {}),
    ("{0:{1:{2}}}", ("a", "b", "c"), {}), ("{0{1}}", (1, 2), {}), ("{:d}", (True,), {}),
    ("{}{}{}", (1, 2), {}), ("x{}y{}z", ("\U0001F600", None), {}), ("{0.__class__.__name__}", ("s",), {}),
]
for f, a, k in FMT:
    call(f, "format", *a, **k)
for f, a in [("{:5d}|{:<5}|{:x}|{:,}", (42, 7, 255, 1234567)), ("{:.2f}|{:e}|{!r}|{}", (2.675, 12345.6789, 1.5, 0.1)),
             ("{0:>{1}.{2}f}", (3.14159, 10, 3)), ("{:08.3f}", (-2.5,)), ("{:+d}", (5,)), ("{:d}", (1.5,))]:
    call(f, "format", *a)
for f, a in [("%.2f", 2.675), ("%.2f", 0.125), ("%.1f", 0.25), ("%.2f", 1.005), ("%.3f", 1e-4), ("%.0f", 1e22),
             ("%.1f", 1e16), ("%f", 123456789.125), ("%.15f", 0.1), ("%.16f", 0.1), ("%.2f", 99.995), ("%.2f", -0.0),
             ("%5.1f%%", 99.5), ("%d%%", 50), ("%s", 1.0), ("%r", 1e100), ("%s", 10 ** 20), ("%s", True), ("%d", True)]:
    case("mod", f, a)
case("new", "str", 3.5)
case("new", "str", -12)
case("new", "str", None)
case("new", "str", object=(1, "a"))
call("{a}{b}", "format_map", {"a": 1, "b": 2})
call("{a}", "format_map", {})
call("{}", "format_map", {"a": 1})
call("{0}", "format_map", {0: 1})
call("{a[0]}", "format_map", {"a": "xyz"})
for spec in ["", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "s", "x", "+", "=10", "#", ",", "_", "z",
             "05", "010.3", "\U0001F600^5", "<<5", "1.", "10,", "%", "c", "99999999999999999999999"]:
    case("format", "hello", spec)

# more str behaviour
for s in ["they're bill's friends", "hello world", "HELLO", "hELLO wORLD", "1st 2nd", "a\u01c5b", "\u01c4\u01c6",
          "\u1f80", "\u0149", "\u00df", "\ufb03x", "\u0130i", "\u03a3", "a\u03a3", "a\u03a3b", "a\u03a3.", "\u0345",
          "\U0001044f\U00010427", "\u13a0\uab70", "\u2160\u2170", "\u00aa\u00ba", "\u02b0"]:
    for m in ["title", "capitalize", "upper", "lower", "swapcase", "casefold", "istitle", "islower", "isupper"]:
        call(s, m)
for s in ["a", "_a", "1a", "a1", "\u00e9t\u00e9", "\u2118", "\u212e", "a\u00b7", "\u00b7a", "if", "a-b", "\U00010400x",
          "\u0ebc", "x\u200c", "\u309b", "\u1885", ""]:
    call(s, "isidentifier")
for s in ["\u0660", "\u00b9", "\u2460", "\u2469", "\u00bd", "\u2155", "\u4e00", "\u5341", "\u96f6", "\u1369", "\U0001d7ce",
          "\u0f33", "\u2070", "\u3007", "\u216b", "x"]:
    for m in ["isdecimal", "isdigit", "isnumeric", "isalnum"]:
        call(s, m)
for s in ["\u00ad", "\u0378", "\ue000", "\u2028", "\u200b", "\u00a0", "\U0001F600", "\U000e0001", "\u0300", "\ud7ff",
          "\ufffd", "\ufeff", "\U0010ffff", "\x1b", "\u061c"]:
    case("repr", s)
    call(s, "isprintable")
for s in ["a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci", "\n", "\r\n\r", "x\n\n", ""]:
    call(s, "splitlines")
    call(s, "splitlines", keepends=True)
    call(s, "split")
for s, w in [("abc", 6), ("abc", 7), ("ab", 5), ("ab", 6), ("\U0001F600", 4)]:
    call(s, "center", w)
    call(s, "center", w, "\u00e9")
call("abc", "__sizeof__")
call("\u00e9\u00e9", "__sizeof__")
call("\u20ac", "__sizeof__")
call("a\U0001F600", "__sizeof__")
case("list", "a\U0001F600\ud800b")
case("len", "\U0001F600" * 3)
for key in [1, -1, slice(1, 3), slice(None, None, -1), slice(None, None, 2)]:
    case("getitem", "\U0001F600a\U0001F601b\U0001F602", key)
for m, args in [("find", ("\U0001F601",)), ("find", ("b", 3)), ("rfind", ("a", 0, 2)), ("index", ("\U0001F602", -1)),
                ("count", ("\U0001F600",)), ("split", ("\U0001F601",)), ("partition", ("a",)), ("replace", ("\U0001F601", "-")),
                ("startswith", ("a", 1)), ("endswith", ("b", 0, 4)), ("rsplit", ("a",))]:
    call("\U0001F600a\U0001F601b\U0001F602", m, *args)
call("\U00010000", "find", "\udc00")
call("\U00010000", "count", "\ud800")
call("a\U00010000", "endswith", "\udc00")
call("\U00010000b", "startswith", "\ud800")
call("\U00010000b", "endswith", "b")
call("\U00010000", "replace", "\udc00", "x")
call("\U00010000", "split", "\udc00")
case("contains", "\U00010000", "\udc00")
case("cmp", "\U00010000", "gt", "\uffff")
case("cmp", "\ud800", "lt", "\U00010000")

# ---------------------------------------------------------------- bytes / bytearray

BSAMPLES = [b"", b"a", b"abc", b"Hello World", b"  spaced  out  ", b"a,b,,c", b"line1\nline2\r\nline3\r",
            b"\x00\x7f\x80\xff", b"don't", b"it's \"q\"", b"tab\tbed\tx", b"MiXeD cAsE 123", b"123",
            b"hello_world9", b" \t\n\x0b\x0c\r\x1c"]
for raw in BSAMPLES:
    for b in (raw, bytearray(raw)):
        case("repr", b)
        case("str", b)
        case("len", b)
        case("list", b)
        for m in ["upper", "lower", "capitalize", "title", "swapcase", "isalnum", "isalpha", "isascii",
                  "isdigit", "islower", "isspace", "istitle", "isupper", "split", "rsplit", "splitlines",
                  "strip", "lstrip", "rstrip", "expandtabs", "hex", "decode"]:
            call(b, m)
        call(b, "splitlines", True)
        call(b, "hex", ":")
        call(b, "hex", "-", 2)
        call(b, "hex", b".", -2)
        call(b, "decode", "latin-1")
        call(b, "decode", "utf-8", "replace")
        call(b, "decode", "ascii", "backslashreplace")
        call(b, "center", 12, b"*")
        call(b, "ljust", 10)
        call(b, "rjust", 10, bytearray(b"-"))
        call(b, "zfill", 8)
        call(b, "find", b"b")
        call(b, "find", 98)
        call(b, "rfind", b"l")
        call(b, "find", b"c", 2)
        call(b, "index", b"l")
        call(b, "count", b"")
        call(b, "count", ord("l"))
        call(b, "split", b"b")
        call(b, "rsplit", b" ", 1)
        call(b, "split", None, 1)
        call(b, "partition", b"b")
        call(b, "rpartition", b"l")
        call(b, "replace", b"a", b"XY")
        call(b, "replace", b"", b"-", 3)
        call(b, "startswith", (b"a", b"H"))
        call(b, "endswith", b"c", 0, -1)
        call(b, "strip", b"ac")
        call(b, "expandtabs", 4)
        call(b, "removeprefix", b"a")
        call(b, "removesuffix", b"c")
        call(b, "translate", None, b"al")
        call(b, "translate", bytes.maketrans(b"abc", b"xyz"))
        call(b, "join", [b"1", bytearray(b"2"), memoryview(b"3")])
        case("contains", b, 97)
        case("contains", b, b"bc")
        case("add", b, b"++")
        case("add", b, bytearray(b"+"))
        case("mul", b, 2)
        for key in [0, -1, 3, slice(1, None), slice(None, None, -1), slice(0, 10, 2)]:
            case("getitem", b, key)
        case("cmp", b, "eq", raw)
        case("cmp", b, "lt", b"b")
        case("mod", b + b"%s|%d|%r", (b"x", 5, "y"))
    case("hash_eq", raw, raw.decode("latin-1"))

BPCT = [(b"%s", b"x"), (b"%s", "x"), (b"%b", bytearray(b"y")), (b"%a", "\xe9"), (b"%r", b"q"), (b"%c", 65),
        (b"%c", b"z"), (b"%c", 256), (b"%c", "a"), (b"%5s|%-5s|%.1s", (b"ab", b"cd", b"ef")), (b"%x|%#o", (255, 8)),
        (b"%.2f", 2.5), (b"%(k)s", {b"k": b"v"}), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", (1,)),
        (b"%s", memoryview(b"mv")), (b"%d", b"1")]
for f, a in BPCT:
    case("mod", f, a)
    case("mod", bytearray(f), a)

for args in [(), (3,), (b"ab",), ([1, 2, 255],), ((65, 66),), ([256],), ([-1],), (["a"],), ("abc",),
             ("abc", "ascii"), ("é", "ascii"), ("é", "ascii", "ignore"), (b"x", "ascii"), (1.5,), (-1,),
             (bytearray(b"q"),), (memoryview(b"mv"),), (range(3),), (None,)]:
    case("new", "bytes", *args)
    case("new", "bytearray", *args)
case("new", "bytes", encoding="utf-8")
case("new", "bytes", errors="strict")
case("new", "bytes", "x", errors="strict")
case("new", "bytes", 1, errors="strict")
case("new", "bytes", source=b"kw")
call(b"", "fromhex", "01 ab\tCD")
call(b"", "fromhex", "0g")
call(b"", "fromhex", "012")
call(b"", "fromhex", b"01")
call(bytearray(), "fromhex", "ff00")
call(b"abc", "find", "a")
call(b"abc", "find", 300)
call(b"abc", "split", "a")
call(b"abc", "split", b"")
call(b"abc", "join", ["a"])
call(b"abc", "center", 9, "x")
call(b"abc", "center", 9, b"xy")
call(b"abc", "startswith", "a")
call(b"abc", "startswith", ("a",))
call(b"abc", "translate", b"short")
call(b"", "maketrans", b"ab", b"c")
call(b"abc", "replace", "a", "b")
call(b"abc", "strip", "a")
call(b"abc", "hex", "::")
call(b"abc", "hex", 1)
call(b"\xff", "decode")
call(b"\xff", "decode", "nope")
call(b"\xffabc", "decode", "utf-8", "surrogateescape")
call(b"abc", "__bytes__")
case("add", b"a", "b")
case("add", bytearray(b"a"), "b")
case("add", b"a", 1)
case("contains", b"abc", 300)
case("contains", b"abc", "a")
case("getitem", b"abc", 5)
case("getitem", b"abc", "x")
case("getitem", bytearray(b"abc"), 5)
case("getitem", bytearray(b"abc"), 1.0)
case("cmp", b"a", "eq", "a")
case("cmp", bytearray(b"a"), "eq", memoryview(b"a"))
case("cmp", b"abc", "lt", bytearray(b"abd"))
case("cmp", b"\xff", "gt", b"\x01")

# bytearray mutators: each case applies one call and returns the bytearray afterwards
MUT = [("append", 65), ("append", 256), ("append", "a"), ("extend", b"xy"), ("extend", [1, 2]), ("extend", "ab"),
       ("extend", 5), ("insert", 1, 90), ("insert", -100, 90), ("insert", 100, 90), ("pop",), ("pop", 0),
       ("pop", 10), ("remove", 98), ("remove", 0), ("clear",), ("reverse",), ("copy",),
       ("__setitem__", 0, 65), ("__setitem__", 0, 256), ("__setitem__", 5, 1), ("__setitem__", slice(0, 2), b"XYZ"),
       ("__setitem__", slice(None, None, 2), b"12"), ("__setitem__", slice(None, None, 2), b"1"),
       ("__setitem__", slice(1, 2), [7, 8, 9]), ("__setitem__", slice(0, 1), 5), ("__setitem__", slice(0, 1), "s"),
       ("__delitem__", 0), ("__delitem__", slice(None, None, 2)), ("__delitem__", slice(1, None)),
       ("__iadd__", b"++"), ("__iadd__", "x"), ("__imul__", 2), ("__imul__", 0)]


def mutate(name, *args):
    ba = bytearray(b"abc")
    try:
        r = getattr(ba, name)(*args)
        out = enc((ba, r if not isinstance(r, bytearray) or r is not ba else "self"))
    except Exception as e:
        out = "!%s %s" % (type(e).__name__, enc(str(e)))
    lines.append("\t".join([ascii("bytearray(b'abc').%s%r" % (name, args)), "mutate", enc((name,) + args), enc({}), out]))


for m in MUT:
    mutate(*m)
mutate("pop")

# memoryview
for src in [b"abcdef", bytearray(b"abcdef")]:
    case("mv", src, "tobytes")
    case("mv", src, "tolist")
    case("mv", src, "hex")
    case("mv", src, "hex", ":", 2)
    case("mv", src, "attrs")
    case("mv", src, "getitem", 0)
    case("mv", src, "getitem", -1)
    case("mv", src, "getitem", 9)
    case("mv", src, "getitem", slice(1, 4))
    case("mv", src, "getitem", slice(None, None, -2))
    case("mv", src, "cast", "c", "tolist")
    case("mv", src, "cast", "b", "tolist")
    case("mv", src, "cast", "c", "getitem", 1)
    case("mv", src, "cast", "H", "tolist")
    case("mv", src, "cast", "i", "tolist")
    case("mv", src, "cast", "c", "attrs")
    case("mv", src, "setitem", 0, 90)
    case("mv", src, "setitem", slice(0, 2), b"XY")
    case("mv", src, "setitem", slice(0, 2), b"XYZ")
    case("mv", src, "setitem", 0, 256)
    case("mv", src, "getitem", "x")
    case("mv", bytearray(b"\xff\x80\x01"), "cast", "b", "tolist")
case("new", "memoryview", "abc")
case("len", memoryview(b"abcd"))
case("list", memoryview(b"ab"))
case("cmp", memoryview(b"ab"), "eq", b"ab")
case("cmp", memoryview(b"ab"), "eq", bytearray(b"ac"))
case("hash_eq", memoryview(b"ab"), b"ab")
case("mod", b"%s", memoryview(b"x"))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="ascii") as f:
    f.write("\n".join(lines) + "\n")
print("wrote %d cases to %s" % (len(lines), os.path.relpath(OUT)))

# ---------------------------------------------------------------- the character database, for UnicodePropsTest
# One line per property: the code point ranges (hex, end exclusive) where CPython answers True; one line per case
# mapping: every code point the mapping changes, with its result; and the code points unassigned in Unicode 15.0
# (CPython 3.12's version), which the test skips because the JDK knows a newer Unicode.
import unicodedata


def ranges(pred):
    out, start = [], None
    for c in range(0x110000):
        v = pred(c)
        if v and start is None:
            start = c
        elif not v and start is not None:
            out.append("%x-%x" % (start, c))
            start = None
    if start is not None:
        out.append("%x-%x" % (start, 0x110000))
    return " ".join(out)


PROPS_OUT = os.path.join(os.path.dirname(OUT), "unicode_props.txt")
with open(PROPS_OUT, "w", encoding="ascii") as f:
    for p in ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "islower", "isupper", "isspace",
              "isprintable", "isidentifier"]:
        f.write(p + " " + ranges(lambda c: getattr(chr(c), p)()) + "\n")
    for m in ["upper", "lower", "title", "casefold"]:
        out = []
        for c in range(0x110000):
            if 0xD800 <= c <= 0xDFFF:
                continue
            r = getattr(chr(c), m)()
            if r != chr(c):
                out.append("%x:%s" % (c, ".".join("%x" % ord(x) for x in r)))
        f.write(m + " " + " ".join(out) + "\n")
    f.write("unassigned " + ranges(lambda c: unicodedata.category(chr(c)) == "Cn") + "\n")
print("wrote", os.path.relpath(PROPS_OUT))
