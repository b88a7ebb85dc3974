# Encoding and decoding with common codecs and error handlers; BOMs; ascii/latin-1 boundaries.
text = "Grüße 🐍 ok"
for codec in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252", "utf-8-sig"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            out = text.encode(codec, errors)
            print(codec, errors, out.hex()[:60], len(out))
        except UnicodeEncodeError as e:
            print(codec, errors, "UnicodeEncodeError", e.start, e.end)
raw = b"caf\xc3\xa9 \xff\xfe bad \xe2\x82"
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(raw.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e.start, e.end, e.reason)
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8") == "\ufeffhi", "hi".encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
print(bytes(range(128, 136)).decode("latin-1"), "\x80\xff".encode("latin-1"), b"abc".decode("ascii"), "é".encode("utf_8"), "é".encode("UTF8"))
for bad in [lambda: "x".encode("rot13"), lambda: b"x".decode("nope"), lambda: "x".encode(errors="weird") if False else "é".encode("ascii", "weird")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
