#!/usr/bin/env python3
"""Records what CPython 3.12 decodes from its own tables, for kiln.compiler.AsmTablesTest.

Run:  PYENV_VERSION=3.12.1 python gen_asm_tables.py   (writes asm_tables_expected.txt next to this file)
For every code object compiled from the snippets below:
  CODE <qualname> <firstlineno> <number of code units>
  LINETABLE <hex of co_linetable>
  POS <lineno> <end_lineno> <col> <end_col>     one per code unit, from co_positions() (None -> -1)
  EXCTABLE <hex of co_exceptiontable>
  EXC <start> <end> <target> <depth> <lasti>    from dis._parse_exception_table, offsets in code units
  STACK <opcode> <oparg> <effect> <jump effect> from opcode.stack_effect (real opcodes only)
"""
import dis, opcode, os, sys

assert sys.version_info[:2] == (3, 12)

SNIPPETS = [
    "x = 1\nprint(x)\n",
    "def f(a, b):\n    return a + b\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n",
    "with a as b, c as d:\n    pass\n",
    "def gen():\n    try:\n        yield 1\n    finally:\n        print('x')\n",
    "async def f():\n    async with a:\n        async for x in y:\n            await z\n",
    "x = [i for i in range(10) if i % 2]\n",
    "\n" * 300 + "x = 1\n" + "\n" * 70 + "y = 2\n" + "z = (1,\n" + "\n" * 5 + "2)\n",
    "s = " + "'" + "a" * 200 + "'" + " + b\n",
    "veryveryveryverylongname = anotherveryveryveryveryverylongname + yetanotherveryveryverylongname + zz\n",
    "def f():\n    " + "\n    ".join(f"v{i} = {i}" for i in range(300)) + "\n    return v299\n",
    "for i in range(3):\n    try:\n        continue\n    except:\n        break\n    finally:\n        pass\n",
    "import sys\nif sys:\n    x = 1\nelse:\n    x = 2\nwhile x:\n    x -= 1\n",
    "class C:\n    def m(self):\n        return super().m()\n",
    "match p:\n    case [a, b]:\n        pass\n    case {'k': v}:\n        pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "lambda: (yield)\n",
    "x = f'{a!r:>{w}} {b}'\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
]


def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from walk(c)


def main():
    out = []
    for src in SNIPPETS:
        for co in walk(compile(src, "<asm>", "exec")):
            units = len(co.co_code) // 2
            out.append(f"CODE {co.co_qualname} {co.co_firstlineno} {units}")
            out.append("LINETABLE " + co.co_linetable.hex())
            for p in co.co_positions():
                out.append("POS " + " ".join(str(-1 if v is None else v) for v in p))
            out.append("EXCTABLE " + co.co_exceptiontable.hex())
            for e in dis._parse_exception_table(co):
                # dis reports byte offsets with an inclusive end; record code units, exclusive end
                out.append(f"EXC {e.start // 2} {e.end // 2} {e.target // 2} {e.depth} {int(e.lasti)}")
    for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
        if op >= opcode.MIN_INSTRUMENTED_OPCODE:
            continue
        args = [0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 255, 256, 257, 300, 0x10F, 0x1FF] if op >= opcode.HAVE_ARGUMENT else [None]
        for a in args:
            try:
                e0 = opcode.stack_effect(op, a, jump=False)
                e1 = opcode.stack_effect(op, a, jump=True)
            except ValueError:
                continue
            out.append(f"STACK {op} {0 if a is None else a} {e0} {e1}")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "asm_tables_expected.txt"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
