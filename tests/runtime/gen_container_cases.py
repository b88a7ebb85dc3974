"""Writes the expected results of Kiln's container and builtins tests, computed by CPython 3.12.

Run with CPython 3.12:  PYENV_VERSION=3.12.1 python tests/runtime/gen_container_cases.py

Outputs (under runtime/src/test/resources/kiln/runtime/):
  types/containers/<name>.out   stdout of each program types/containers/<name>.py (ContainerProgramsTest runs
                                the same program in Kiln and compares); an uncaught exception ends the output
                                with "EXC <type>: <message>".
  types/containers_api.txt      tab-separated "kind<TAB>input<TAB>expected" lines for ContainersApiTest, which
                                computes each through the Java API (hashes, set iteration order, slice indices,
                                range lengths, sorting).
  modules/builtins_api.txt      "function<TAB>args<TAB>expected" lines for BuiltinsModuleTest: args and results
                                are Python literals (repr), errors are "!Type message".
"""
import os
import random
import sys
import traceback

assert sys.version_info[:2] == (3, 12), "generate with CPython 3.12"

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "runtime", "src", "test", "resources", "kiln", "runtime")
PROGRAMS = os.path.join(RES, "types", "containers")


def run_programs():
    import contextlib
    import io
    for name in sorted(os.listdir(PROGRAMS)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(PROGRAMS, name)
        with open(path, encoding="utf-8") as f:
            src = f.read()
        out = io.StringIO()
        g = {"__name__": "__main__", "__builtins__": __builtins__}
        with contextlib.redirect_stdout(out):
            try:
                exec(compile(src, name, "exec"), g)
            except BaseException as e:  # noqa: BLE001 - recorded as the expected outcome
                print("EXC %s: %s" % (type(e).__name__, e))
        with open(path[:-3] + ".out", "w", encoding="utf-8", newline="\n") as f:
            f.write(out.getvalue())


def ints(xs):
    return ",".join(str(x) for x in xs)


def api_cases():
    rnd = random.Random(12345)
    lines = []
    tuples = [(), (1,), (1, 2), (1, 2, 3), (-1,), (-2,), (0, 0), (2**61 - 1, 2**61), (2**63, -2**63, 2**100),
              tuple(range(50)), (10**18, -10**18)]
    for _ in range(20):
        tuples.append(tuple(rnd.randrange(-10**6, 10**6) for _ in range(rnd.randrange(0, 8))))
    for t in tuples:
        lines.append(("tuplehash", ints(t), str(hash(t))))
        lines.append(("frozensethash", ints(t), str(hash(frozenset(t)))))
    lines.append(("nestedtuplehash", "1,2|3", str(hash(((1, 2), (3,))))))
    for s in [(1, 2, 3), (None, None, None), (0, 10, 2), (-1, None, -1)]:
        lines.append(("slicehash", ",".join("N" if x is None else str(x) for x in s), str(hash(slice(*s)))))
    # set iteration order: inserts (and deletes), as CPython's table lays them out
    for _ in range(40):
        n = rnd.randrange(0, 60)
        spread = rnd.choice([10, 100, 1000, 2**20, 2**62])
        ins = [rnd.randrange(-spread, spread) for _ in range(n)]
        dels = [x for x in ins if rnd.random() < 0.3]
        s = set()
        for x in ins:
            s.add(x)
        for x in dels:
            s.discard(x)
        lines.append(("setorder", ints(ins) + ";" + ints(dels), ints(s)))
    for _ in range(10):
        a = [rnd.randrange(0, 64) for _ in range(rnd.randrange(0, 30))]
        b = [rnd.randrange(0, 64) for _ in range(rnd.randrange(0, 30))]
        sa, sb = set(a), set(b)
        lines.append(("setops", ints(a) + ";" + ints(b),
                      "|".join(ints(x) for x in (sa | sb, sa & sb, sa - sb, sa ^ sb, sb - sa))))
    for _ in range(60):
        parts = [rnd.choice([None, rnd.randrange(-30, 30)]) for _ in range(3)]
        if parts[2] == 0:
            parts[2] = None
        length = rnd.randrange(0, 25)
        sl = slice(*parts)
        lines.append(("sliceindices", ",".join("N" if x is None else str(x) for x in parts) + ";" + str(length),
                      ints(sl.indices(length)) + ";" + ints(list(range(length))[sl])))
    for r in [(0, 10, 1), (10, 0, -1), (0, 10, 3), (5, 5, 1), (-10**20, 10**20, 7), (0, 2**64, 2), (3, -3, -2)]:
        rg = range(*r)
        lines.append(("range", ints(r), "%d;%d;%d" % (rg.__len__() if rg.stop - rg.start < 2**62 else -1, rg[0] if rg else 0, rg[-1] if rg else 0)))
    for _ in range(30):
        xs = [rnd.randrange(-50, 50) for _ in range(rnd.randrange(0, 300))]
        lines.append(("sort", ints(xs), ints(sorted(xs))))
        lines.append(("sortkeymod", ints(xs), ints(sorted(xs, key=lambda v: v % 7))))
        lines.append(("sortkeymodrev", ints(xs), ints(sorted(xs, key=lambda v: v % 7, reverse=True))))
    runs = list(range(100)) + list(range(50, 0, -1)) + list(range(30)) * 3
    lines.append(("sort", ints(runs), ints(sorted(runs))))
    lines.append(("sortkeymod", ints(runs), ints(sorted(runs, key=lambda v: v % 7))))
    with open(os.path.join(RES, "types", "containers_api.txt"), "w", newline="\n") as f:
        for kind, inp, exp in lines:
            f.write("%s\t%s\t%s\n" % (kind, inp, exp))


BUILTIN_CALLS = [
    ("len", "([1, 2, 3],)"), ("len", "()"), ("len", "(1, 2)"), ("len", "(5,)"), ("len", "('héllo',)"),
    ("abs", "(-5,)"), ("abs", "('a',)"), ("all", "([1, 2, 0],)"), ("all", "([],)"), ("any", "((0, '', None),)"),
    ("any", "(3,)"), ("ascii", "('é\\u20ac',)"), ("bin", "(10,)"), ("bin", "(-10,)"), ("oct", "(64,)"),
    ("hex", "(255,)"), ("hex", "(-(2**70),)"), ("hex", "(1.5,)"), ("chr", "(97,)"), ("chr", "(-1,)"),
    ("chr", "(1114112,)"), ("chr", "('a',)"), ("ord", "('z',)"), ("ord", "('ab',)"), ("ord", "(3,)"),
    ("ord", "('',)"), ("callable", "(len,)"), ("callable", "(3,)"), ("divmod", "(17, 5)"), ("divmod", "(-17, 5)"),
    ("divmod", "(1,)"), ("getattr", "(1, 'real')"), ("getattr", "(1, 'nope')"), ("getattr", "(1, 'nope', None)"),
    ("getattr", "(1, 2)"), ("hasattr", "([], 'append')"), ("hasattr", "([], 'nope')"), ("hash", "((1, 2),)"),
    ("hash", "([],)"), ("hash", "(-1,)"), ("isinstance", "(1, int)"), ("isinstance", "(True, (str, int))"),
    ("isinstance", "(1, 1)"), ("isinstance", "('a', (int, (float, str)))"), ("issubclass", "(bool, int)"),
    ("issubclass", "(1, int)"), ("issubclass", "(int, 1)"), ("max", "([3, 1, 2],)"), ("max", "(3, 9, 2)"),
    ("max", "([],)"), ("max", "()"), ("min", "('hello',)"), ("min", "([(2, 'a'), (1, 'b')],)"), ("min", "(1, 'a')"),
    ("next", "(5,)"), ("pow", "(2, 10)"), ("pow", "(2, 10, 1000)"), ("pow", "(2,)"), ("repr", "('a\\n',)"),
    ("round", "(2.5,)"), ("round", "(3.14159, 2)"), ("round", "(1234, -2)"), ("round", "('x',)"),
    ("sorted", "('banana',)"), ("sorted", "([3, 1, 2],)"), ("sorted", "([1, 'a'],)"), ("sorted", "()"),
    ("sum", "([1, 2, 3],)"), ("sum", "([1, 2], 10)"), ("sum", "([0.1, 0.2, 0.3],)"), ("sum", "(['a'], '')"),
    ("sum", "([[1], [2]], [])"), ("sum", "([2**62, 2**62, 2**62],)"), ("sum", "([1, 'a'],)"), ("sum", "(5,)"),
    ("format", "(255, 'x')"), ("format", "(3.5, '>8.2f')"), ("format", "('s', 1)"), ("iter", "(5,)"),
    ("list", "('abc',)"), ("tuple", "([1, 2],)"), ("dict", "([(1, 2), (3, 4)],)"), ("dict", "([1],)"),
    ("set", "([3, 3, 1],)"), ("frozenset", "((1, 1),)"), ("range", "(1, 10, 2)"), ("range", "(1, 2, 0)"),
    ("slice", "(1, 2)"), ("enumerate", "(5,)"), ("zip", "(1,)"), ("reversed", "(5,)"), ("reversed", "({},)"),
    ("vars", "(5,)"), ("dir", "(1, 2)"), ("globals", "(1,)"), ("id", "()"), ("delattr", "(1,)"),
    ("setattr", "(1, 'x', 2)"),
]


def builtins_cases():
    with open(os.path.join(RES, "modules", "builtins_api.txt"), "w", newline="\n", encoding="utf-8") as f:
        for name, args in BUILTIN_CALLS:
            fn = getattr(__import__("builtins"), name)
            try:
                r = fn(*eval(args))
                if type(r).__name__ in ("enumerate", "zip", "reversed", "list_iterator", "map", "filter", "dict_reversekeyiterator"):
                    r = list(r)
                exp = repr(r)
            except Exception as e:  # noqa: BLE001 - recorded as the expected outcome
                exp = "!%s %s" % (type(e).__name__, e)
            f.write("%s\t%s\t%s\n" % (name, args, exp))


if __name__ == "__main__":
    os.makedirs(os.path.join(RES, "modules"), exist_ok=True)
    run_programs()
    api_cases()
    builtins_cases()
