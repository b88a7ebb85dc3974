# Warning classes are exceptions: hierarchy, args, raising and catching; no warnings module needed.
for w in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
          ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    print(w.__name__, [b.__name__ for b in w.__mro__], issubclass(w, Exception))
try:
    raise UserWarning("careful", 2)
except Warning as e:
    print(type(e).__name__, e.args, str(e))
