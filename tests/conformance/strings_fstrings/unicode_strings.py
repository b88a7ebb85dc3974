# Code-point semantics, characters beyond the BMP, encoding and decoding.
s = "naïve café 🙂 日本語 𝔘𝔫𝔦"
print(len(s), s[6], s[11], s[-1], s[::-1])
print([hex(ord(c)) for c in "a€🙂𝔘"])
print(chr(0x1F600), chr(0x10FFFF) == "\U0010ffff", len(chr(0x1F600)), "\U0001F600" == "😀")
enc = s.encode("utf-8")
print(len(enc), enc[:12], enc.decode("utf-8") == s)
print("🙂".encode("utf-16-le"), "🙂".encode("utf-32-be"), "é".encode("latin-1"), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", "replace"), "é🙂".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print("ÄÖÜ".lower(), "ﬀ".upper(), "ǆ".title(), "🙂".upper() == "🙂", "𝔘".isalpha(), "ⅷ".isnumeric())
print(sorted(["é", "e", "f", "🙂", "Z"]), "🙂" > "日", "\u0000" < "a")
print(repr("\u200b"), repr("\x7f"), repr("🙂"), repr("\U000e0001"), ascii("🙂"), repr("\ud800"))
print("日本語".center(9, "・"), "🙂".ljust(3, "-"), f"{'🙂':>4}", "ab🙂cd".find("c"), "ab🙂cd".index("🙂"))
print([c for c in "a🙂b"], list(reversed("a🙂b")), "🙂" in "xx🙂yy", "a🙂b".split("🙂"))
print(int("٣٤"), int("１２"), float("١.٥"), "𝟘𝟙".isdigit())
print(str(bytes("x🙂", "utf-8"), "utf-8"), bytearray("é", "utf-8"), "é".encode().hex())
