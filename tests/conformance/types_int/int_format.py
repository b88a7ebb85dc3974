# format()/__format__ for ints: fill, align, sign, #, 0, width, grouping, every presentation type.
nums = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 70]
specs = ["", "d", "5d", "<8d", ">8d", "^9d", "*^9d", "+d", " d", "-d", "08d", "+08d", ",", "_", "_x",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "c" if False else "n", "e", ".2e", "f",
         ".3f", "%", ".1%", "g", "G", "=+10d", "0=10", ",d", "12,", "_b", "#_o", "E"]
for n in nums:
    print(n, [format(n, s) for s in specs])
print(format(65, "c"), format(0x1F600, "c"), "{:c}".format(10))
for bad in ["s", ",x", ".2d", "=", "z", "#c", ",c", "+c"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print("ValueError", e)
print(f"{12345:>+12,}", f"{-3:^7}", f"{42:#>6x}", f"{255:_<+#12b}")
print("%d %5d %-5d| %05d %+d %x %X %#x %o %#o %i %u" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, -3, 9))
print("%c%c" % (72, "i"), "%s %r" % (10, 10), "%.3d" % 7, "%10.4d|" % -7)
