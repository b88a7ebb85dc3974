package kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyStr;

/** ArgParser's messages, in the order CPython 3.12's _PyArg_UnpackKeywords checks (expected texts from CPython). */
public class ArgParserTest {
    static {
        PyType.TYPE.name();
    }

    private static final ArgParser ROUND = new ArgParser("round", new String[] {"number", "ndigits"}, 0, 1, 2);
    private static final ArgParser POW = new ArgParser("pow", new String[] {"base", "exp", "mod"}, 0, 2, 3);
    private static final ArgParser EXEC = new ArgParser("exec", new String[] {"source", "globals", "locals", "closure"}, 3, 1, 3);
    private static final ArgParser FORMAT = new ArgParser("format", new String[] {"value", "format_spec"}, 2, 1, 2);
    private static final ArgParser SORT = new ArgParser("sort", new String[] {"key", "reverse"}, 0, 0, 0);

    private static String message(ArgParser p, int nargs, String... kw) {
        PyObject[] a = new PyObject[nargs + kw.length];
        for (int i = 0; i < a.length; i++) a[i] = PyInt.valueOf(i);
        PyStr[] names = new PyStr[kw.length];
        for (int i = 0; i < kw.length; i++) names[i] = new PyStr(kw[i]);
        PyException e = assertThrows(PyException.class, () -> p.parse(a, 0, nargs, kw.length == 0 ? null : names));
        return Abstract.strJava(e.value);
    }

    @Test
    void messages() {
        assertEquals("round() takes at most 2 arguments (3 given)", message(ROUND, 3));
        assertEquals("round() takes at most 2 keyword arguments (3 given)", message(ROUND, 0, "number", "ndigits", "x"));
        assertEquals("round() missing required argument 'number' (pos 1)", message(ROUND, 0));
        assertEquals("'x' is an invalid keyword argument for round()", message(ROUND, 1, "x"));
        assertEquals("argument for round() given by name ('number') and position (1)", message(ROUND, 1, "number"));
        assertEquals("pow() missing required argument 'exp' (pos 2)", message(POW, 1, "base"));
        assertEquals("exec() takes at least 1 positional argument (0 given)", message(EXEC, 0));
        assertEquals("exec() takes at most 3 positional arguments (4 given)", message(EXEC, 4));
        assertEquals("'globals' is an invalid keyword argument for exec()", message(EXEC, 1, "globals"));
        assertEquals("format expected at least 1 argument, got 0", message(FORMAT, 0));
        assertEquals("format expected at most 2 arguments, got 3", message(FORMAT, 3));
        assertEquals("format() takes no keyword arguments", message(FORMAT, 1, "format_spec"));
        assertEquals("sort() takes no positional arguments", message(SORT, 1));
    }

    @Test
    void binds() {
        PyObject one = PyInt.valueOf(1), two = PyInt.valueOf(2);
        PyObject[] p = ROUND.parse(new PyObject[] {one, two}, 0, 1, new PyStr[] {new PyStr("ndigits")});
        assertSame(one, p[0]);
        assertSame(two, p[1]);
        p = ROUND.parse(new PyObject[] {one}, 0, 1, null);
        assertNull(p[1]);
        p = EXEC.parse(new PyObject[] {one, two}, 0, 1, new PyStr[] {new PyStr("closure")});
        assertSame(two, p[3]);
    }
}
