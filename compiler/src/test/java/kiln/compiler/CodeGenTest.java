package kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kiln.parser.Parser;
import kiln.parser.ast.ConstantValue;
import org.junit.jupiter.api.Test;

/** Structural checks of generated code objects: choices CPython 3.12 makes that programs can observe. */
class CodeGenTest {
    static CodeUnit compile(String src) {
        return Compiler.compile(Parser.parse(src, "<test>", Parser.Mode.EXEC), "<test>", 0, 0, new ArrayList<>());
    }

    static CodeUnit code(CodeUnit parent, String name) {
        for (Object c : parent.consts) if (c instanceof CodeUnit cu && cu.name.equals(name)) return cu;
        throw new AssertionError("no code object " + name + " in " + Arrays.toString(parent.consts));
    }

    static List<Integer> opcodes(CodeUnit cu) {
        List<Integer> ops = new ArrayList<>();
        for (int i = 0; i < cu.code.length; i += 2) {
            int op = cu.code[i] & 0xff;
            if (op != Opcode.CACHE) ops.add(op);
        }
        return ops;
    }

    @Test
    void constantTuplesAndFolding() {
        CodeUnit m = compile("x = (1, 2, (3, 4))\ny = -1\nz = 2 ** 10\nw = 'ab' * 2\n");
        List<Object> consts = Arrays.asList(m.consts);
        assertTrue(consts.contains(new ConstTuple(new Object[] {1L, 2L, new ConstTuple(new Object[] {3L, 4L})})));
        assertTrue(consts.contains(-1L));
        assertTrue(consts.contains(1024L));
        assertTrue(consts.contains("abab"));
    }

    @Test
    void sizeLimitsOfFolding() {
        List<Object> consts = Arrays.asList(compile("x = 2 ** 200\ny = 'a' * 5000\n").consts);
        assertFalse(consts.contains(java.math.BigInteger.TWO.pow(200)));
        assertTrue(consts.contains(200L));
        assertTrue(consts.contains(5000L));
    }

    @Test
    void membershipTestsUseTupleAndFrozensetConstants() {
        List<Object> consts = Arrays.asList(compile("a = x in [1, 2, 3]\nb = x in {4, 5}\n").consts);
        assertTrue(consts.contains(new ConstTuple(new Object[] {1L, 2L, 3L})));
        assertTrue(consts.contains(new ConstFrozenset(new Object[] {4L, 5L})));
    }

    @Test
    void listComprehensionIsInlinedInFunctions() {
        CodeUnit f = code(compile("def f(y):\n    return [x for x in y]\n"), "f");
        assertTrue(opcodes(f).contains(Opcode.LOAD_FAST_AND_CLEAR));
        for (Object c : f.consts) assertFalse(c instanceof CodeUnit, "no nested <listcomp> code object");
        CodeUnit g = code(compile("def g(y):\n    return (x for x in y)\n"), "g");
        assertEquals("<genexpr>", code(g, "<genexpr>").name);
        assertEquals("g.<locals>.<genexpr>", code(g, "<genexpr>").qualname);
    }

    @Test
    void qualnamesAndFirstLines() {
        CodeUnit m = compile("class A:\n    def m(self):\n        def inner():\n            pass\n        return inner\n"
                + "@dec\ndef f():\n    pass\n");
        CodeUnit a = code(m, "A");
        CodeUnit meth = code(a, "m");
        assertEquals("A.m", meth.qualname);
        assertEquals("A.m.<locals>.inner", code(meth, "inner").qualname);
        assertEquals(6, code(m, "f").firstlineno);
    }

    @Test
    void codeFlagsAndArgumentCounts() {
        CodeUnit m = compile("def g(a, b, /, c, *args, d, **kw):\n    yield\n"
                + "async def c():\n    pass\nasync def ag():\n    yield 1\nlambda: 0\n");
        CodeUnit g = code(m, "g");
        assertEquals(3, g.argcount);
        assertEquals(2, g.posonlyargcount);
        assertEquals(1, g.kwonlyargcount);
        int f = g.flags;
        assertEquals(CodeMeta.CO_OPTIMIZED | CodeMeta.CO_NEWLOCALS | CodeMeta.CO_VARARGS | CodeMeta.CO_VARKEYWORDS
                | CodeMeta.CO_GENERATOR, f);
        assertTrue((code(m, "c").flags & CodeMeta.CO_COROUTINE) != 0);
        assertTrue((code(m, "ag").flags & CodeMeta.CO_ASYNC_GENERATOR) != 0);
        assertEquals(0, m.flags);
        assertEquals(ConstantValue.NONE, code(m, "<lambda>").consts[0]);
    }

    @Test
    void docstringIsFirstConstant() {
        CodeUnit m = compile("def f():\n    'doc'\n    return 'x'\ndef g():\n    return 'x'\n");
        assertEquals("doc", code(m, "f").consts[0]);
        assertEquals(ConstantValue.NONE, code(m, "g").consts[0]);
        assertTrue(Arrays.asList(compile("'mod doc'\n").names).contains("__doc__"));
    }

    @Test
    void futureAnnotationsAreStrings() {
        CodeUnit m = compile("from __future__ import annotations\ndef f(a: list[int] | None = None) -> -x ** 2:\n"
                + "    pass\n");
        List<Object> consts = new ArrayList<>();
        for (Object c : m.consts) {
            if (c instanceof ConstTuple t) consts.addAll(Arrays.asList(t.items()));
            else consts.add(c);
        }
        assertTrue(consts.contains("list[int] | None"), consts.toString());
        assertTrue(consts.contains("-x ** 2"), consts.toString());
        assertTrue((m.flags & CodeMeta.CO_FUTURE_ANNOTATIONS) != 0);
    }

    @Test
    void classCellAndZeroArgumentSuper() {
        CodeUnit m = compile("class A(B):\n    def m(self):\n        return super().m()\n");
        CodeUnit a = code(m, "A");
        assertArrayEquals(new String[] {"__class__"}, a.cellvars());
        CodeUnit meth = code(a, "m");
        assertArrayEquals(new String[] {"__class__"}, meth.freevars());
        assertTrue(opcodes(meth).contains(Opcode.LOAD_SUPER_ATTR));
    }

    @Test
    void interactiveModePrintsExpressions() {
        CodeUnit cu = Compiler.compile(Parser.parse("1 + x\n", "<stdin>", Parser.Mode.SINGLE), "<stdin>", 0, 0, null);
        List<Integer> ops = opcodes(cu);
        int i = ops.indexOf(Opcode.CALL_INTRINSIC_1);
        assertTrue(i > 0);
        assertEquals(Opcode.INTRINSIC_PRINT, cu.code[2 * indexOfCodeUnit(cu, i) + 1]);
    }

    private static int indexOfCodeUnit(CodeUnit cu, int nonCacheIndex) {
        int seen = -1;
        for (int i = 0; i < cu.code.length; i += 2) {
            if ((cu.code[i] & 0xff) == Opcode.CACHE) continue;
            if (++seen == nonCacheIndex) return i / 2;
        }
        throw new AssertionError();
    }
}
