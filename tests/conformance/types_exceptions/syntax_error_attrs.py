# SyntaxError fields: msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line; str().
def probe(src, mode="exec"):
    try:
        compile(src, "<probe>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("   str:", str(e))
    else:
        print("compiled", repr(src))
probe("x = = 1")
probe("def f(:\n    pass")
probe("if True:\nx = 1")
probe("  x = 1")
probe("for x in range(3):\n    pass\n  y = 2")
probe("print 'hello'")
probe("(1, 2")
probe("x = 'unterminated")
probe("1 +* 2", "eval")
probe("return 5")
probe("a b")
probe("f(x for x in y, 1)")
probe("x := 1")
probe("del f()")
probe("\ttab\n        space")
e = SyntaxError("message", ("file.py", 3, 7, "bad line\n", 3, 9))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e), e.args)
print(str(SyntaxError("only msg")), SyntaxError().msg, SyntaxError("m").lineno, repr(SyntaxError("m", ("f", 1, 2, "t"))))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    SyntaxError("m", ("f", 1))
except (IndexError, TypeError) as err:
    print(type(err).__name__, err)
