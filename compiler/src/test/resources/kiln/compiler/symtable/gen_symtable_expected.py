#!/usr/bin/env python3
"""Records CPython 3.12's symbol tables for the snippets below into symtable_expected.txt (next to this file).

Run:  PYENV_VERSION=3.12.1 python gen_symtable_expected.py
Each case is `SRC <json-encoded source>`, then either CPython's table in the form of
kiln.compiler.symtable.SymbolTable.dump() or `ERROR <msg>|<lineno>|<offset>|<end_lineno>|<end_offset>`, then `END`.
"""
import json, os, sys, _symtable

assert sys.version_info[:2] == (3, 12)
KINDS = {0: "FUNCTION", 1: "CLASS", 2: "MODULE", 3: "ANNOTATION", 4: "TYPE_VAR_BOUND", 5: "TYPE_ALIAS",
         6: "TYPE_PARAMS"}

def dump(t, indent, out):
    out.append(f"{indent}{KINDS[t.type]} {t.name} line={t.lineno} nested={int(bool(t.nested))}")
    out.append(f"{indent} varnames:" + "".join(" " + v for v in t.varnames))
    for n in sorted(t.symbols):
        out.append(f"{indent} sym {n} {t.symbols[n]}")
    for c in t.children:
        dump(c, indent + "  ", out)

CASES = [
# --- basics
"x = 1\nprint(x)",
"def f(a, b=1, *c, d, e=2, **f): return a + g",
"def f(a, /, b, *, c): pass",
"lambda x, *y, z=3, **k: x + y + q",
"import os.path, sys as s\nfrom a import b, c as d\nfrom m import *",
"del x\nx: int\ny: int = 3\n(z): int = 4\na.b: int\n",
"for i in range(3):\n  pass\nelse:\n  j = 1\nwhile k: l = 2",
"try:\n  pass\nexcept E as e:\n  pass\nexcept* F as f:\n  pass" if False else "try:\n  pass\nexcept E as e:\n  pass\nfinally:\n  z = 1",
"try:\n  pass\nexcept* E as e:\n  pass",
"try:\n  pass\nexcept E:\n  def a(): pass\nelse:\n  def b(): pass\nfinally:\n  def c(): pass",
"with open(f) as (a, b), g() as c: pass",
"async def f():\n  async with a as b: pass\n  async for x in y: pass\n  await z",
"def g():\n  yield 1\n  yield from h",
"match x:\n  case [a, *rest]: pass\n  case {'k': v, **kw}: pass\n  case P(q, r=s) | P(q, r=s): pass\n  case Q() as t if t > u: pass\n  case 1 | None: pass",
"f'{a!r:{b}}' ; x[1:2:c] ; (*d,) = e",
"assert a, b\nraise C from D\nraise",
"if a: b = 1\nelif c: d = 2\nelse: e = 3",
"x = [1, 2]\ny = {1: 2, **z}\nw = {*s}\nv = a if b else c",
"a += 1\nb.c += 2\nd[e] //= 3",
# --- closures
"def f():\n  x = 1\n  def g():\n    return x\n  return g",
"def f():\n  x = 1\n  def g():\n    def h():\n      return x\n    return h",
"def f(x):\n  def g():\n    nonlocal x\n    x = 2\n  return g",
"def f():\n  global x\n  x = 1\n  def g(): return x",
"x = 1\ndef f():\n  def g():\n    global x\n    return x\n  return x",
"def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self): return x",
"def f():\n  class C:\n    def m(self): return __class__",
"class C:\n  def m(self): super().m()",
"class C:\n  def m(self):\n    def inner(): return super()\n    return inner",
"class C:\n  __x = 1\n  def __m(self, __a): return self.__x + __b\n  def __init__(self): pass\n  ___ = 2",
"class _:\n  __x = 1",
"class __A__:\n  __x = 1\n  class B:\n    __y = 2",
"def f():\n  x = 1\n  def g():\n    nonlocal x\n    def h():\n      return x\n  return x",
"def f():\n  def g(): return y\n  y = 1\n  return g",
"def f(a):\n  del a\n  def g(): return a",
"class C:\n  x = 1\n  def f(self):\n    global x\n    return x",
"class C:\n  global y\n  y = 1\n  def f(self): return y",
"def f():\n  class C:\n    nonlocal q\n  q = 1",
"def f():\n  x = 1\n  class C:\n    nonlocal x\n    x = 2\n    def g(self): return x",
# --- comprehensions (PEP 709)
"[x for x in y]",
"[x for x in y if x]\n{x: z for x, z in w}\n{s for s in t}\n(g for g in h)",
"def f():\n  return [x for x in range(3) if x]",
"def f(y):\n  return [x + y for x in range(3)]",
"def f():\n  return [lambda: x for x in range(3)]",
"def f():\n  x = 5\n  return [[x for _ in r] for r in s]",
"def f():\n  return [(x := i) for i in range(3)], x",
"[(x := i) for i in range(3)]\nprint(x)",
"def f():\n  [[(y := j) for j in i] for i in range(3)]\n  return y",
"def f():\n  global z\n  [(z := j) for j in k]",
"class C:\n  a = [x for x in range(3)]\n  b = [self for self in a]\n  c = [y for y in a if y in a]",
"class C:\n  x = 1\n  y = [x for _ in range(3)]",
"class C:\n  y = [__class__ for _ in range(3)]",
"class C:\n  def f(self): return [super() for _ in range(3)]",
"async def f():\n  return [x async for x in y]",
"async def f():\n  return [await x for x in y]",
"def f():\n  return (x async for x in y)",
"def f():\n  return [x for x in [y for y in z]]",
"def f():\n  x = 1\n  return [x for x in range(3)], [lambda: x for _ in range(2)]",
"def f():\n  return [[x for x in y] for y in z], x",
"def f(a):\n  return {k: lambda: v for k, v in a}",
"def f():\n  y = 1\n  return [lambda: y for x in range(3)]",
"def f():\n  return [y for x in range(3) for y in range(x)]",
"def outer():\n  def f():\n    return [x for x in [1] if (z := x)]\n  return f",
"lambda: [x for x in y]",
"def f():\n  return [i for i in range(3)] + [i for i in range(4)]",
# --- type params (PEP 695)
"def f[T](x: T) -> T: return x",
"def f[T: int, *Ts, **P](x: T, *a: *Ts) -> T: pass",
"def f[T](x=1, *, y=2): pass",
"class C[T]: pass",
"class C[T](Base[T], metaclass=M): x: T",
"class C[T: (int, str)]:\n  def m[U](self, u: U) -> T: pass",
"type Alias = int",
"type Alias[T] = list[T]",
"type Alias[T: int] = dict[str, T]",
"class C:\n  type A = int\n  type B[T] = list[T]\n  def f[U](self): pass",
"class Outer:\n  x = 1\n  class Inner[T: x]: pass",
"def f():\n  x = 1\n  class C:\n    x = 2\n    type A = x",
"class C:\n  global g\n  def f[T](self) -> g: pass",
"def f():\n  class C:\n    class D[T]: pass",
"class A[T]: pass\n__x = 1\ndef __g(): pass",
"class A:\n  class B[T]: pass\n  __y = 1",
"def f[T]():\n  def g(): return T\n  return g",
"class C[T]:\n  def m(self): return T",
# --- future annotations
"from __future__ import annotations\ndef f(x: a, *y: b) -> c: pass\nz: d = 1",
"from __future__ import annotations\ndef f(x: (lambda: q)) -> c: pass",
# --- errors
"def f(x):\n  global x",
"def f(x):\n  nonlocal x",
"nonlocal x",
"def f():\n  nonlocal x",
"def f():\n  x = 1\n  global x",
"def f():\n  print(x)\n  global x",
"def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x",
"def f():\n  x: int\n  global x",
"def f():\n  global x\n  x: int = 1",
"def f():\n  x = 1\n  def g():\n    nonlocal x\n    x: int = 2",
"def f():\n  global x\n  nonlocal x",
"def f(a, a): pass",
"lambda a, a: 1",
"def f(a, *, a): pass",
"def f[T, T](): pass",
"class C[T, *T]: pass",
"[(yield) for x in y]",
"{(yield) for x in y}",
"{(yield): 1 for x in y}",
"((yield) for x in y)",
"def f():\n  [(yield from x) for x in y]",
"def f():\n  [i := 0 for i in range(5)]",
"def f():\n  [[(j := j) for i in range(5)] for j in range(5)]",
"def f():\n  [i for i in range(5) if (j := 0) for j in range(5)]",
"def f():\n  [x for x in (y := [1, 2])]",
"def f():\n  [x for x in [1] for y in (z := [1])]",
"def f():\n  [x for x in [lambda: (y := 1)]]",
"class C:\n  [(y := 1) for x in z]",
"class C[T]:\n  type X = lambda: T",
"class C:\n  def f[T](self, x=[y for y in z]): pass",
"class C:\n  type X = [y for y in z]",
"class C:\n  def f[T: [y for y in z]](self): pass",
"def f():\n  from m import *",
"class C:\n  from m import *",
"type X = (yield)",
"type X = await y",
"type X = (y := 1)",
"def f[T: (yield)](): pass",
"def f[T: (x := 1)](): pass",
"def f[T](x: (yield)): pass",
"class C[T](Base[(yield)]): pass",
"type X = [(y := 1) for z in w]",
"def f[T: [(y := 1) for z in w]](): pass",
"def f[T](x: [(y := 1) for z in w]): pass",
"def f[T]():\n  nonlocal T",
"def f[T]():\n  def g():\n    nonlocal T",
"from __future__ import annotations\ndef f(x: (yield)): pass",
"from __future__ import annotations\ndef f(x: (y := 1)): pass",
"from __future__ import annotations\nx: await y",
"def f():\n  x = 1\n  global x\n  def g(): pass",
"def éé():\n  é = 1\n  global é",
"def f():\n  [(x := 1) for x, *y in z]",
"def f():\n  [(y := 1) for x, *y in z]",
"def f(x):\n  class C:\n    nonlocal x\n    x = 1\n  return C",
"class C:\n  def f(self):\n    [(x := 1) for x in y]",
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for src in CASES:
        out.append("SRC " + json.dumps(src))
        try:
            t = _symtable.symtable(src, "<symtable>", "exec")
            dump(t, "", out)
        except SyntaxError as e:
            out.append(f"ERROR {e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}")
        out.append("END")
    with open(os.path.join(here, "symtable_expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(CASES)} cases")

if __name__ == "__main__":
    main()
