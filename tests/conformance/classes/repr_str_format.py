# __repr__, __str__, __format__ and their fallbacks in print, f-strings and containers.
class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.cur[0]}"
        if spec:
            return format(self.amount, spec) + " " + self.cur
        return str(self)
m = Money(12.5)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:>10.1f}|{m!r:>30}")
print("{} {!r} {:short}".format(m, m, m), format(m, "08.3f"))
class OnlyRepr:
    def __repr__(self): return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", "%s %r" % (OnlyRepr(), OnlyRepr()))
class OnlyStr:
    def __str__(self): return "only-str"
print(OnlyStr(), f"{OnlyStr()}", format(OnlyStr(), ""))
try:
    format(OnlyStr(), "10")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class StrSub(str):
    def __str__(self): return "StrSub.__str__"
    def __repr__(self): return "StrSub.__repr__"
s = StrSub("raw")
print(s, str(s), repr(s), f"{s}", s + "!", "%s" % s)
class IntSub(int):
    def __repr__(self): return f"IntSub({int(self)})"
print(IntSub(5), str(IntSub(5)), f"{IntSub(5)}", [IntSub(5)], f"{IntSub(5):04d}")
class Nested:
    def __init__(self, children): self.children = children
    def __repr__(self): return f"Nested({self.children!r})"
print(Nested([Nested([]), Nested([Nested([])])]))
print(repr(type(m)), repr(Money), str(int), repr(None), repr(...))
