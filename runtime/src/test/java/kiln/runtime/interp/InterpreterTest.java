package kiln.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTraceback;

/** The interpreter on small programs: argument binding, generators, exceptions, classes, recursion. */
public class InterpreterTest {
    static PyDict run(String src) { return QuickeningTest.run(src); }

    static String get(PyDict g, String name) { return Abstract.reprJava(g.getStr(PyStr.intern(name))); }

    /** The message of the TypeError that calling {@code call} raises. */
    static String typeError(String defs, String call) {
        PyDict g = run(defs + "\ntry:\n    " + call + "\n    msg = None\nexcept TypeError as e:\n    msg = str(e)\n");
        return Abstract.strJava(g.getStr(PyStr.intern("msg")));
    }

    @Test
    void argumentBindingMessagesMatchCPython() {
        String d = "def f(a, b=2, *, c): pass\ndef p(x, /): pass\ndef g(x): pass";
        assertEquals("f() missing 1 required positional argument: 'a'", typeError(d, "f(c=1)"));
        assertEquals("f() missing 1 required keyword-only argument: 'c'", typeError(d, "f(1)"));
        assertEquals("f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given",
                typeError(d, "f(1, 2, 3, c=4)"));
        assertEquals("f() takes from 1 to 2 positional arguments but 3 were given", typeError(d, "f(1, 2, 3)"));
        assertEquals("f() got an unexpected keyword argument 'z'", typeError(d, "f(1, c=1, z=2)"));
        assertEquals("f() got multiple values for argument 'a'", typeError(d, "f(1, a=1, c=1)"));
        assertEquals("p() got some positional-only arguments passed as keyword arguments: 'x'", typeError(d, "p(x=1)"));
        assertEquals("g() takes 1 positional argument but 2 were given", typeError(d, "g(1, 2)"));
        assertEquals("f() missing 2 required positional arguments: 'a' and 'b'",
                typeError("def f(a, b): pass", "f()"));
        assertEquals("f() missing 3 required positional arguments: 'a', 'b', and 'c'",
                typeError("def f(a, b, c): pass", "f()"));
    }

    @Test
    void generatorsSendThrowCloseAndYieldFrom() {
        PyDict g = run("""
                log = []
                def inner():
                    try:
                        x = yield 1
                        log.append(x)
                        yield 2
                    except ValueError as e:
                        log.append('caught ' + str(e))
                        yield 3
                    return 'ret'
                def outer():
                    r = yield from inner()
                    log.append(r)
                o = outer()
                a = next(o)
                b = o.send('sent')
                c = o.throw(ValueError('v'))
                try:
                    next(o)
                except StopIteration:
                    log.append('stop')
                """);
        assertEquals("1", get(g, "a"));
        assertEquals("2", get(g, "b"));
        assertEquals("3", get(g, "c"));
        assertEquals("['sent', 'caught v', 'ret', 'stop']", get(g, "log"));
    }

    @Test
    void implicitChainingAndTracebackEntries() {
        PyDict g = run("""
                def f():
                    try:
                        1 / 0
                    except ZeroDivisionError:
                        raise KeyError('k')
                def h():
                    f()
                try:
                    h()
                except KeyError as e:
                    ctx = type(e.__context__).__name__
                    tb = e.__traceback__
                    depth = 0
                    while tb is not None:
                        depth += 1
                        tb = tb.tb_next
                """);
        assertEquals("'ZeroDivisionError'", get(g, "ctx"));
        assertEquals("3", get(g, "depth"));
    }

    @Test
    void zeroArgumentSuperAndClassCell() {
        PyDict g = run("""
                class A:
                    def m(self): return 'A'
                class B(A):
                    def m(self): return 'B' + super().m()
                    def cls(self): return __class__
                r = B().m()
                same = B().cls() is B
                """);
        assertEquals("'BA'", get(g, "r"));
        assertEquals("True", get(g, "same"));
    }

    @Test
    void recursionLimitRaisesRecursionError() {
        PyDict g = run("""
                def r(n): return r(n + 1)
                try:
                    r(0)
                except RecursionError as e:
                    msg = str(e)
                """);
        assertEquals("'maximum recursion depth exceeded'", get(g, "msg"));
    }

    @Test
    void uncaughtExceptionCarriesPythonTraceback() {
        try {
            run("def f():\n    raise ValueError('x')\nf()\n");
            throw new AssertionError("expected ValueError");
        } catch (PyException e) {
            assertEquals("ValueError", e.type().name());
            PyTraceback tb = (PyTraceback) e.value.traceback;
            assertEquals(3, tb.lineno());
            assertEquals(2, tb.next.lineno());
            assertTrue(tb.next.next == null);
        }
    }

    public static void main(String[] args) throws Exception {
        int passed = 0, failed = 0;
        InterpreterTest t = new InterpreterTest();
        for (var m : InterpreterTest.class.getDeclaredMethods()) {
            if (m.getAnnotation(Test.class) == null) continue;
            try {
                m.invoke(t);
                passed++;
            } catch (java.lang.reflect.InvocationTargetException e) {
                failed++;
                System.out.println("FAIL " + m.getName() + ": " + e.getCause());
            }
        }
        System.out.println("InterpreterTest: " + passed + " passed, " + failed + " failed");
        if (failed > 0) System.exit(1);
    }
}
