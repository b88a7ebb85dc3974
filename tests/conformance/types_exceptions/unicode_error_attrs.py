# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: attributes, str forms, construction.
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e), e.args)
try:
    b"\xe9\x80".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, str(e))
try:
    "aé🐍b".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
try:
    "🐍".encode("latin-1")
except UnicodeEncodeError as e:
    print(str(e))
u = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "bad bytes")
print(str(u), u.object, u.start, u.end, isinstance(u, ValueError), UnicodeDecodeError.__mro__)
t = UnicodeTranslateError("abc", 1, 2, "nope")
print(str(t), t.object, t.start, t.end, t.reason, t.encoding)
u.start = 1
u.reason = "changed"
print(str(u))
for bad in [lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"), lambda: UnicodeDecodeError("x"),
            lambda: UnicodeEncodeError("ascii", b"b", 0, 1, "r")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(str(UnicodeError("plain")), UnicodeError.__mro__)
