# chr, ord, ascii, repr, format, str-related builtins and their argument errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("chr", lambda: [chr(65), chr(0x1F40D), chr(0), chr(0x10FFFF)])
show("chr big", lambda: chr(0x110000))
show("chr neg", lambda: chr(-1))
show("chr str", lambda: chr("A"))
show("chr float", lambda: chr(65.0))
show("chr huge", lambda: chr(2 ** 70))
show("ord", lambda: [ord("A"), ord("é"), ord("🐍"), ord(b"A"), ord(bytearray(b"z"))])
show("ord 2", lambda: ord("ab"))
show("ord empty", lambda: ord(""))
show("ord bytes2", lambda: ord(b"ab"))
show("ord int", lambda: ord(65))
show("ascii", lambda: [ascii("héllo🐍"), ascii([1, "é"]), ascii(b"\xff"), ascii(None)])
show("repr", lambda: [repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\"), repr(1.0), repr(None), repr(...)])
show("format", lambda: [format(3.14159, ".2f"), format("x", ">3"), format(5), format([1]), format(None, "")])
show("format bad", lambda: format(None, "d"))
show("format obj", lambda: format(object(), "x"))
show("format spec type", lambda: format(1, 2))
class R:
    def __repr__(self):
        return 5
class S:
    def __str__(self):
        return None
show("repr non-str", lambda: repr(R()))
show("str non-str", lambda: str(S()))
show("format non-str", lambda: format(type("F", (), {"__format__": lambda self, spec: 1})()))
