# OSError: errno/strerror/filename attributes, str forms, and the subclass chosen from errno.
e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
e2 = OSError(13, "Permission denied", "a", None, "b")
print(type(e2).__name__, e2.filename, e2.filename2, str(e2), e2.args)
for args in [(), ("just a message",), (1, 2, 3, 4, 5, 6), (17, "exists"), (11, "again"), (32, "pipe"), (111, "refused"),
             (4, "intr"), (10, "child"), (3, "srch"), (110, "timeout"), (20, "notdir"), (21, "isdir"), (1, "perm")]:
    x = OSError(*args)
    print(args, type(x).__name__, x.errno, x.strerror, repr(str(x)))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
f = FileNotFoundError(2, "gone", "f.txt")
print(f.errno, f.strerror, f.filename, str(f), repr(f), isinstance(f, OSError))
try:
    open("definitely_missing_kiln_file.txt")
except OSError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename, err)
b = BlockingIOError(11, "would block", 7)
print(b.characters_written, str(b))
try:
    BlockingIOError().characters_written
except AttributeError as err:
    print("AttributeError", err)
print(TimeoutError.__mro__, ConnectionResetError.__mro__[:3])
