# String and bytes literals: quotes, escapes, raw strings, concatenation.
s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple "double" with 'quotes'"""
s5 = 'adjacent ' "literals " '''are ''' """joined"""
print(s1, s2, s3, s4, s5, sep=" | ")
esc = "tab\there\nnewline\\backslash\'quote\"dq \x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}"
print(repr(esc))
print(len(esc))
raw = r"C:\new\table\x41"
print(raw, len(raw), repr(raw))
print(rb"\x00\n", b"\x00\n", len(rb"\x00\n"), len(b"\x00\n"))
b = b"bytes \xff\x00 literal"
print(b, b[0], b[6], list(b[:3]))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print("line one\
 continued")
multi = ("implicit "
         "concatenation "
         "across lines")
print(multi)
print("\a\b\f\v\0".encode(), ascii("ünïcödé ☃"), "ünïcödé"[2], len("☃🙂"))
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
print("%s and %r and %5d|%-5d|%05.1f" % ("str", "repr", 42, 42, 3.14159))
print("abc" * 3, "-" * 0, 3 * "xy", "a" "b" * 2)
