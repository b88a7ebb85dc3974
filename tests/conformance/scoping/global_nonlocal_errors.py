# Compile-time scope errors are SyntaxErrors raised when the code is compiled (exec shows the messages).
snippets = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    nonlocal y\n",
    "nonlocal z\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    global q\n    nonlocal q\n",
    "class C:\n    nonlocal w\n",
    "def f():\n    [nonlocal_target := 1 for nonlocal_target in range(2)]\n",
    "def f():\n    yield = 1\n",
    "def f():\n    return\nreturn 5\n",
    "for x in range(2):\n    pass\nbreak\n",
    "def f():\n    continue\n",
    "async def f():\n    yield from g()\n",
    "def f():\n    await x\n",
]
for src in snippets:
    try:
        exec(src, {})
        print("ok:", src.replace("\n", "\\n"))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")
