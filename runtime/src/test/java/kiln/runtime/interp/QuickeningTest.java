package kiln.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import kiln.compiler.CodeUnit;
import kiln.compiler.Compiler;
import kiln.parser.Parser;
import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyStr;

/**
 * Quickened instructions stay correct when what their caches assumed changes (the way Cinder's shadowcode tests
 * work): each test warms a function well past the quickening threshold, checks that its code was specialised, then
 * mutates the class, the instance, the module or a builtin and checks the results follow.
 */
public class QuickeningTest {
    static final int WARM = 50;

    static PyDict run(String src) {
        PyModule builtins = kiln.runtime.modules.BuiltinsModule.get();
        kiln.runtime.modules.BuiltinsAccess.set(builtins);
        PyModule main = new PyModule("__main__");
        PyDict g = main.getDict();
        g.setItem("__builtins__", builtins);
        CodeUnit u = Compiler.compile(Parser.parse(src, "<test>", Parser.Mode.EXEC), "<test>", 0, 0, new ArrayList<>());
        Interpreter.runCode(new PyCode(u), g, g);
        return g;
    }

    static String eval(PyDict g, String expr) {
        PyObject r = Eval.eval(new PyStr(expr), g, g);
        return Abstract.reprJava(r);
    }

    /** Calls g[name]() WARM times, then returns repr of one more call. */
    static String warm(PyDict g, String name) {
        PyObject f = g.getStr(PyStr.intern(name));
        PyObject r = null;
        for (int i = 0; i < WARM; i++) r = Abstract.call0(f);
        return Abstract.reprJava(r);
    }

    /** Does the function's code contain the given (specialised) opcode? */
    static boolean has(PyDict g, String fname, int opcode) {
        PyCode co = ((PyFunction) g.getStr(PyStr.intern(fname))).code;
        for (int w : co.instrs) if ((w & Interpreter.MASK) == opcode) return true;
        return false;
    }

    static void exec(PyDict g, String src) { Eval.exec(new PyStr(src), g, g, null); }

    @Test
    void instanceAttributeFollowsClassAndInstanceChanges() {
        PyDict g = run("""
                class C:
                    def __init__(self): self.x = 1
                o = C()
                def f(): return o.x
                """);
        assertEquals("1", warm(g, "f"));
        assertTrue(has(g, "f", Quickening.LOAD_ATTR_INSTANCE));
        exec(g, "o.x = 2");
        assertEquals("2", eval(g, "f()"));
        // A data descriptor on the class now wins over the instance dict.
        exec(g, "C.x = property(lambda self: 'prop')");
        assertEquals("'prop'", eval(g, "f()"));
        exec(g, "del C.x");
        assertEquals("2", eval(g, "f()"));
        exec(g, "del o.x");
        exec(g, "try:\n    f()\nexcept AttributeError as e:\n    msg = str(e)\n");
        assertEquals("\"'C' object has no attribute 'x'\"", eval(g, "msg"));
        exec(g, "C.x = 'class attr'");
        assertEquals("'class attr'", eval(g, "f()"));
        // Another class at the same site.
        exec(g, "class D:\n    x = 'D'\no = D()");
        assertEquals("'D'", eval(g, "f()"));
    }

    @Test
    void methodCallsFollowRebindingAndShadowing() {
        PyDict g = run("""
                class C:
                    def m(self): return 'm1'
                o = C()
                def f(): return o.m()
                """);
        assertEquals("'m1'", warm(g, "f"));
        assertTrue(has(g, "f", Quickening.LOAD_ATTR_METHOD));
        exec(g, "C.m = lambda self: 'm2'");
        assertEquals("'m2'", eval(g, "f()"));
        exec(g, "o.m = lambda: 'instance'");
        assertEquals("'instance'", eval(g, "f()"));
        exec(g, "del o.m");
        assertEquals("'m2'", eval(g, "f()"));
        exec(g, "class B:\n    def m(self): return 'base'\nclass E(B): pass\no = E()");
        assertEquals("'base'", eval(g, "f()"));
        exec(g, "B.m = lambda self: 'base2'");
        assertEquals("'base2'", eval(g, "f()"));
    }

    @Test
    void globalsAndBuiltinsFollowMutation() {
        PyDict g = run("""
                G = 1
                def f(): return G
                def h(): return len('abc')
                """);
        assertEquals("1", warm(g, "f"));
        assertTrue(has(g, "f", Quickening.LOAD_GLOBAL_CACHED));
        exec(g, "G = 2");
        assertEquals("2", eval(g, "f()"));
        exec(g, "G = 'x'\nOTHER = 5");
        assertEquals("'x'", eval(g, "f()"));
        exec(g, "del G");
        exec(g, "try:\n    f()\nexcept NameError as e:\n    msg = str(e)\n");
        assertEquals("\"name 'G' is not defined\"", eval(g, "msg"));
        assertEquals("3", warm(g, "h"));
        // A module global now shadows the builtin, then the builtin itself is replaced.
        exec(g, "len = lambda s: 'shadow'");
        assertEquals("'shadow'", eval(g, "h()"));
        exec(g, "del len");
        assertEquals("3", eval(g, "h()"));
        PyDict b = kiln.runtime.modules.BuiltinsAccess.dict();
        PyObject saved = b.getStr(PyStr.intern("len"));
        try {
            exec(g, "__builtins__.len = lambda s: 'patched'");
            assertEquals("'patched'", eval(g, "h()"));
        } finally {
            b.setItem("len", saved);
        }
        assertEquals("3", eval(g, "h()"));
    }

    @Test
    void slotsAndModuleAttributes() {
        PyDict g = run("""
                class S:
                    __slots__ = ('a',)
                    def __init__(self): self.a = 'slot'
                s = S()
                def f(): return s.a
                """);
        assertEquals("'slot'", warm(g, "f"));
        assertTrue(has(g, "f", Quickening.LOAD_ATTR_SLOT));
        exec(g, "s.a = 'changed'");
        assertEquals("'changed'", eval(g, "f()"));
        exec(g, "del s.a\ntry:\n    f()\nexcept AttributeError as e:\n    msg = str(e)\n");
        assertEquals("\"'S' object has no attribute 'a'\"", eval(g, "msg"));
    }

    @Test
    void binaryOpsAndComparesDeoptimiseOnNewTypes() {
        PyDict g = run("""
                a = 3
                b = 4
                def add(): return a + b
                def lt(): return a < b
                def sub(): return a - b
                """);
        assertEquals("7", warm(g, "add"));
        assertEquals("True", warm(g, "lt"));
        assertTrue(has(g, "add", Quickening.BINARY_OP_INT));
        assertTrue(has(g, "lt", Quickening.COMPARE_OP_INT));
        exec(g, "a = 2**62\nb = 2**62");
        assertEquals("9223372036854775808", eval(g, "add()"));
        exec(g, "a = -2**63\nb = 1");
        assertEquals("-9223372036854775809", eval(g, "sub()"));
        exec(g, "a = 1.5\nb = 2");
        assertEquals("3.5", eval(g, "add()"));
        exec(g, "a = 'x'\nb = 'y'");
        assertEquals("'xy'", eval(g, "add()"));
        assertEquals("True", eval(g, "lt()"));
        exec(g, "class N:\n    def __add__(self, o): return 'N+'\n    def __lt__(self, o): return 'N<'\na = N()");
        assertEquals("'N+'", eval(g, "add()"));
        assertEquals("'N<'", eval(g, "lt()"));
        for (int i = 0; i < WARM; i++) eval(g, "add()");
        exec(g, "a = 5\nb = 6");
        assertEquals("11", eval(g, "add()"));
    }

    @Test
    void subscriptsAndStoresAcrossContainerTypes() {
        PyDict g = run("""
                c = [10, 20, 30]
                k = 1
                def get(): return c[k]
                def put(v):
                    c[k] = v
                    return c[k]
                """);
        assertEquals("20", warm(g, "get"));
        assertTrue(has(g, "get", Quickening.BINARY_SUBSCR_LIST));
        exec(g, "k = -1");
        assertEquals("30", eval(g, "get()"));
        exec(g, "k = 5\ntry:\n    get()\nexcept IndexError as e:\n    msg = str(e)\n");
        assertEquals("'list index out of range'", eval(g, "msg"));
        exec(g, "c = {5: 'five'}");
        assertEquals("'five'", eval(g, "get()"));
        exec(g, "c = (1, 2, 3, 4, 5, 6)");
        assertEquals("6", eval(g, "get()"));
        exec(g, "class M:\n    def __getitem__(self, i): return i * 100\nc = M()");
        assertEquals("500", eval(g, "get()"));
        exec(g, "c = [0, 0]\nk = 0");
        PyObject put = g.getStr(PyStr.intern("put"));
        for (int i = 0; i < WARM; i++) Abstract.call(put, kiln.runtime.types.PyInt.valueOf(i));
        assertTrue(has(g, "put", Quickening.STORE_SUBSCR_LIST));
        exec(g, "c = {}");
        assertEquals("'v'", eval(g, "put('v')"));
    }

    @Test
    void pythonCallsFollowFunctionChanges() {
        PyDict g = run("""
                def callee(x): return x + 1
                def f(): return callee(1)
                """);
        assertEquals("2", warm(g, "f"));
        assertTrue(has(g, "f", Quickening.CALL_PY_EXACT));
        exec(g, "def other(x): return x * 100\ncallee.__code__ = other.__code__");
        assertEquals("100", eval(g, "f()"));
        exec(g, "callee = lambda x, y=5: x + y");
        assertEquals("6", eval(g, "f()"));
        exec(g, "callee = abs");
        assertEquals("1", eval(g, "f()"));
    }

    @Test
    void builtinMethodCallsFollowReceiverType() {
        PyDict g = run("""
                out = []
                def f(x):
                    out.append(x)
                    return len(out)
                """);
        PyObject f = g.getStr(PyStr.intern("f"));
        for (int i = 0; i < WARM; i++) Abstract.call(f, kiln.runtime.types.PyInt.valueOf(i));
        assertTrue(has(g, "f", Quickening.CALL_DESCR));
        exec(g, "class L(list):\n    def append(self, x): list.append(self, ('wrapped', x))\nout = L()");
        assertEquals("1", eval(g, "f(1)"));
        assertEquals("[('wrapped', 1)]", eval(g, "out"));
    }

    @Test
    void forIterAndUnpackAcrossIterables() {
        PyDict g = run("""
                src = [1, 2, 3]
                def total():
                    t = 0
                    for x in src:
                        t += x
                    return t
                pair = (1, 2)
                def swap():
                    a, b = pair
                    return b, a
                """);
        assertEquals("6", warm(g, "total"));
        exec(g, "def gen():\n    yield 10\n    yield 20\nsrc = gen()");
        assertEquals("30", eval(g, "total()"));
        exec(g, "src = range(4)");
        assertEquals("6", eval(g, "total()"));
        assertEquals("(2, 1)", warm(g, "swap"));
        assertTrue(has(g, "swap", Quickening.UNPACK_TUPLE));
        exec(g, "pair = [3, 4]");
        assertEquals("(4, 3)", eval(g, "swap()"));
        exec(g, "pair = 'xy'");
        assertEquals("('y', 'x')", eval(g, "swap()"));
        exec(g, "pair = (1, 2, 3)\ntry:\n    swap()\nexcept ValueError as e:\n    msg = str(e)\n");
        assertEquals("'too many values to unpack (expected 2)'", eval(g, "msg"));
    }

    @Test
    void storeAttrFollowsNewSetters() {
        PyDict g = run("""
                class C: pass
                o = C()
                def f(v):
                    o.x = v
                    return o.x
                """);
        PyObject f = g.getStr(PyStr.intern("f"));
        for (int i = 0; i < WARM; i++) Abstract.call(f, kiln.runtime.types.PyInt.valueOf(i));
        assertTrue(has(g, "f", Quickening.STORE_ATTR_INSTANCE));
        exec(g, "C.x = property(lambda s: s._x * 2, lambda s, v: setattr(s, '_x', v))");
        assertEquals("42", eval(g, "f(21)"));
    }

    @Test
    void quickeningSwitchKeepsCodeGeneric() {
        boolean saved = Quickening.enabled;
        Quickening.enabled = false;
        try {
            PyDict g = run("""
                    a = 1
                    def f(): return a + a
                    """);
            assertEquals("2", warm(g, "f"));
            assertFalse(has(g, "f", Quickening.BINARY_OP_INT));
            assertFalse(has(g, "f", Quickening.LOAD_GLOBAL_CACHED));
        } finally {
            Quickening.enabled = saved;
        }
    }

    @Test
    void exceptionsFromSpecialisedPathsKeepTracebacks() {
        PyDict g = run("""
                d = {'a': 1}
                def f(k): return d[k]
                """);
        PyObject f = g.getStr(PyStr.intern("f"));
        for (int i = 0; i < WARM; i++) Abstract.call(f, new PyStr("a"));
        try {
            Abstract.call(f, new PyStr("zz"));
            throw new AssertionError("expected KeyError");
        } catch (PyException e) {
            assertEquals("KeyError", e.type().name());
            assertTrue(e.value.traceback != null);
        }
    }

    /** Runs the tests without a JUnit launcher (used while developing). */
    public static void main(String[] args) throws Exception {
        int passed = 0, failed = 0;
        QuickeningTest t = new QuickeningTest();
        for (var m : QuickeningTest.class.getDeclaredMethods()) {
            if (m.getAnnotation(Test.class) == null) continue;
            try {
                m.invoke(t);
                passed++;
            } catch (java.lang.reflect.InvocationTargetException e) {
                failed++;
                System.out.println("FAIL " + m.getName() + ": " + e.getCause());
                if (!(e.getCause() instanceof AssertionError)) e.getCause().printStackTrace();
            }
        }
        System.out.println("QuickeningTest: " + passed + " passed, " + failed + " failed");
        if (failed > 0) System.exit(1);
    }

    @Test
    void polymorphicAttributeSiteFollowsEachReceiverType() {
        PyDict g = run("""
                class A:
                    def __init__(self): self.x = 'a'
                    def m(self): return 'A.m'
                class B(A):
                    def __init__(self): self.pad = 0; self.x = 'b'
                    def m(self): return 'B.m'
                class C(A):
                    pass
                class D(A):
                    x = 'class-d'
                    def __init__(self): pass
                objs = [A(), B(), C(), D()]
                def f():
                    return [o.x for o in objs] + [o.m() for o in objs]
                """);
        String expect = "['a', 'b', 'a', 'class-d', 'A.m', 'B.m', 'A.m', 'A.m']";
        assertEquals(expect, warm(g, "f"));
        assertTrue(has(g, "f", Quickening.LOAD_ATTR_INSTANCE));
        assertTrue(has(g, "f", Quickening.LOAD_ATTR_METHOD));
        // A class of the polymorphic set changes: its entry is refreshed, the others stay right.
        exec(g, "B.m = lambda self: 'new B.m'");
        exec(g, "C.x = property(lambda self: 'C.prop')");
        assertEquals("['a', 'b', 'C.prop', 'class-d', 'A.m', 'new B.m', 'A.m', 'A.m']", eval(g, "f()"));
        // An instance attribute shadows the method of one receiver only.
        exec(g, "objs[2].m = lambda: 'instance m'");
        assertEquals("['a', 'b', 'C.prop', 'class-d', 'A.m', 'new B.m', 'instance m', 'A.m']", eval(g, "f()"));
        exec(g, "del objs[2].m; del C.x; del B.m");
        assertEquals(expect.replace("'B.m'", "'A.m'"), warm(g, "f"));
    }

    @Test
    void polymorphicCallSiteRunsEachFunction() {
        PyDict g = run("""
                class A:
                    def m(self, v): return v + 1
                class B:
                    def m(self, v): return v * 10
                class C:
                    def m(self, v, w=5): return v - w
                objs = [A(), B(), C(), A()]
                def f():
                    return [o.m(3) for o in objs]
                """);
        assertEquals("[4, 30, -2, 4]", warm(g, "f"));
        exec(g, "A.m = lambda self, v: 'lambda'");
        assertEquals("['lambda', 30, -2, 'lambda']", warm(g, "f"));
    }

    @Test
    void storeAttributeInPlaceFollowsDeletionAndReordering() {
        PyDict g = run("""
                class P:
                    def __init__(self): self.a = 1; self.b = 2
                p = P()
                def f(v):
                    p.b = v
                    return p.b
                """);
        PyObject f = g.getStr(PyStr.intern("f"));
        for (int i = 0; i < WARM; i++) Abstract.call(f, kiln.runtime.types.PyInt.valueOf(i));
        assertTrue(has(g, "f", Quickening.STORE_ATTR_INSTANCE));
        exec(g, "del p.a");
        assertEquals("7", eval(g, "f(7)"));
        exec(g, "del p.b; p.c = 3");
        assertEquals("8", eval(g, "f(8)"));
        assertEquals("{'c': 3, 'b': 8}", eval(g, "p.__dict__"));
        exec(g, "p.__dict__ = {'z': 0}");
        assertEquals("9", eval(g, "f(9)"));
        assertEquals("{'z': 0, 'b': 9}", eval(g, "p.__dict__"));
    }

    @Test
    void classAttributesFollowClassMetaclassAndInstanceChanges() {
        PyDict g = run("""
                class Meta(type):
                    pass
                class S:
                    LIMIT = 1
                class T(S, metaclass=Meta):
                    pass
                t = T()
                def f():
                    return (T.LIMIT, t.LIMIT)
                """);
        assertEquals("(1, 1)", warm(g, "f"));
        assertTrue(has(g, "f", Quickening.LOAD_ATTR_CLASS));
        assertTrue(has(g, "f", Quickening.LOAD_ATTR_CLASS_VALUE));
        exec(g, "S.LIMIT = 2");
        assertEquals("(2, 2)", eval(g, "f()"));
        exec(g, "t.LIMIT = 'own'");
        assertEquals("(2, 'own')", eval(g, "f()"));
        exec(g, "T.LIMIT = 3");
        assertEquals("(3, 'own')", eval(g, "f()"));
        // A data descriptor on the metaclass takes precedence over the class's own attribute.
        exec(g, "Meta.LIMIT = property(lambda cls: 'meta')");
        assertEquals("('meta', 'own')", eval(g, "f()"));
        exec(g, "del Meta.LIMIT; del t.LIMIT; T.LIMIT = property(lambda self: 'prop')");
        assertEquals("(" + eval(g, "T.__dict__['LIMIT']") + ", 'prop')", eval(g, "f()"));
    }
}
