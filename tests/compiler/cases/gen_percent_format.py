a, b = "x", 3.5
print("%s-%r" % (a, b), "%5s|%-5s|%.2s|%10.3r" % (a, a, "abcdef", "abcdef"), "100%% %s" % (a,))
print("%s" % (a,), "%d" % (4,), "%s %s" % (a, b), "%(k)s" % {"k": 1}, "%s" % a)
print("%a" % ("é",), "%s%%" % (a,), "%-+ #05s|" % (a,), "%03s|" % (a,))
try:
    print("%s %s" % (a,))
except TypeError as e:
    print(e)
try:
    print("%s" % (a, b))
except TypeError as e:
    print(e)
print("%1234s" % (a,) == "%1234s" % ("x",), "%s" % ((1, 2),))
