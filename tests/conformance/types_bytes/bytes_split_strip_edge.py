# bytes split/strip family: ASCII whitespace only (not \x85 or \xa0), maxsplit, partition with bytearray args.
b = b" \t\x0b\x0c\r\n a b\x85c\xa0d \x1c e \n"
print(b.split(), b.strip(), b.rsplit(maxsplit=2), b.split(None, 1), b.lstrip(b" \t"), b"x\x85".isspace(), b"\x1c".isspace())
print(b"a,b,,c".split(b","), b"a,b,,c".split(bytearray(b","), 2), b"a,b".rsplit(memoryview(b","), 1), b"".split(b","), b"".split())
print(b"abc".partition(bytearray(b"b")), b"abc".rpartition(b"z"), bytearray(b"a=b").partition(b"="), b"ab".split(b"ab"))
print(b"line1\nline2\r\nline3\r".splitlines(), b"\x1c\x1d".splitlines(), bytearray(b"x\ny").splitlines(True))
print(b"aXbXc".split(b"X", -1), b"aXbXc".rsplit(b"X", 0), b"  a  ".strip(None), b"xyzabc".lstrip(b"zyx"), b"abc".strip(b""))
print(b"hello world".title(), b"HeLLo".swapcase(), b"\xe9t\xe9".upper(), b"abc".center(9, b"."), b"12".zfill(5))
