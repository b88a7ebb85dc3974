# repr of strings picks quotes and escapes control, non-printable and surrogate characters; ascii() escapes all non-ASCII.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nret\r", "\x00\x1f\x7f", "\x80\x9f\xa0\xad",
           "é", "ü€", "\u200b\u200e", "\u2028", "🐍", "\U000e0100", "\ud800", "\\", "\\'", "\x1b[0m"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str("x"), repr(repr("x")), eval(repr("it's \"q\"\n")) == "it's \"q\"\n")
