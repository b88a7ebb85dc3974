package kiln.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;

/**
 * Container internals against CPython 3.12 through the Java API: tuple/frozenset/slice hashes, set iteration
 * order after inserts and deletes (CPython's table layout), set algebra, slice clamping, range lengths and the
 * merge sort with keys and reverse. Expected values: {@code containers_api.txt} from
 * tests/runtime/gen_container_cases.py.
 */
public class ContainersApiTest {
    static {
        PyType.TYPE.name();
    }

    record Case(String kind, String input, String expected) {}

    static List<Case> load() throws Exception {
        List<Case> out = new ArrayList<>();
        try (InputStream in = ContainersApiTest.class.getResourceAsStream("containers_api.txt")) {
            assertNotNull(in, "containers_api.txt missing: run tests/runtime/gen_container_cases.py");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", -1);
                out.add(new Case(f[0], f[1], f[2]));
            }
        }
        return out;
    }

    static PyObject[] ints(String s) {
        if (s.isEmpty()) return new PyObject[0];
        String[] p = s.split(",");
        PyObject[] out = new PyObject[p.length];
        for (int i = 0; i < p.length; i++) out[i] = p[i].equals("N") ? PyNone.INSTANCE : PyInt.valueOf(new BigInteger(p[i]));
        return out;
    }

    static String join(PyObject[] xs) {
        StringBuilder sb = new StringBuilder();
        for (PyObject x : xs) {
            if (sb.length() > 0) sb.append(',');
            sb.append(Abstract.reprJava(x));
        }
        return sb.toString();
    }

    static PySet setOf(PyObject[] xs) {
        PySet s = new PySet();
        for (PyObject x : xs) s.add(x);
        return s;
    }

    static String run(Case c) {
        String in = c.input();
        switch (c.kind()) {
            case "tuplehash": return Long.toString(Abstract.hash(PyTuple.of(ints(in))));
            case "frozensethash": {
                PyFrozenSet f = new PyFrozenSet();
                f.update(PyTuple.of(ints(in)));
                return Long.toString(Abstract.hash(f));
            }
            case "nestedtuplehash": {
                String[] parts = in.split("\\|");
                return Long.toString(Abstract.hash(PyTuple.of(PyTuple.of(ints(parts[0])), PyTuple.of(ints(parts[1])))));
            }
            case "slicehash": {
                PyObject[] p = ints(in);
                return Long.toString(Abstract.hash(new PySlice(p[0], p[1], p[2])));
            }
            case "setorder": {
                String[] parts = in.split(";", -1);
                PySet s = setOf(ints(parts[0]));
                for (PyObject x : ints(parts[1])) s.discard(x);
                return join(Abstract.toArray(s));
            }
            case "setops": {
                String[] parts = in.split(";", -1);
                PySet a = setOf(ints(parts[0])), b = setOf(ints(parts[1]));
                PyObject[] rs = {PyNumber.or(a, b), PyNumber.and(a, b), PyNumber.subtract(a, b), PyNumber.xor(a, b),
                    PyNumber.subtract(b, a)};
                StringBuilder sb = new StringBuilder();
                for (PyObject r : rs) {
                    if (sb.length() > 0 || r != rs[0]) sb.append('|');
                    sb.append(join(Abstract.toArray(r)));
                }
                return sb.toString();
            }
            case "sliceindices": {
                String[] parts = in.split(";");
                PyObject[] p = ints(parts[0]);
                PySlice s = new PySlice(p[0], p[1], p[2]);
                long len = Long.parseLong(parts[1]);
                PyTuple t = (PyTuple) Abstract.call(Abstract.getAttr(s, "indices"), PyInt.valueOf(len));
                PyObject items = Abstract.getItem(new PyList(ints(rangeCsv(len))), s);
                return join(t.items()) + ";" + join(Abstract.toArray(items));
            }
            case "range": {
                PyObject[] p = ints(in);
                PyObject r = Abstract.call(PyRange.TYPE, p);
                String len;
                try {
                    len = Long.toString(Abstract.len(r));
                } catch (PyException e) {
                    assertTrue(e.matches(PyExceptions.OverflowError));
                    len = "-1";
                }
                boolean nonEmpty = Abstract.isTrue(r);
                return len + ";" + (nonEmpty ? Abstract.reprJava(Abstract.getItem(r, PyInt.valueOf(0))) : "0") + ";"
                        + (nonEmpty ? Abstract.reprJava(Abstract.getItem(r, PyInt.valueOf(-1))) : "0");
            }
            case "sort": {
                PyList l = new PyList(ints(in));
                PyList.sort(l, null, false);
                return join(l.toArray());
            }
            case "sortkeymod", "sortkeymodrev": {
                PyList l = new PyList(ints(in));
                PyObject seven = PyInt.valueOf(7);
                PyObject key = new PyBuiltinFunction("k", null, (self, a, off, n, kw) -> PyNumber.remainder(a[off], seven));
                PyList.sort(l, key, c.kind().endsWith("rev"));
                return join(l.toArray());
            }
            default: throw new IllegalStateException(c.kind());
        }
    }

    static String rangeCsv(long n) {
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append(i);
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> cpythonCases() throws Exception {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.kind() + " " + abbreviate(c.input()),
                () -> assertEquals(c.expected(), run(c), c.kind() + " " + c.input())));
    }

    static String abbreviate(String s) { return s.length() > 40 ? s.substring(0, 40) + "..." : s; }

    @Test
    void sortIsStableUnderEqualKeysAndDetectsMutation() {
        PyObject[] items = new PyObject[1000];
        for (int i = 0; i < items.length; i++) items[i] = PyTuple.of(PyInt.valueOf(i % 3), PyInt.valueOf(i));
        PyList l = new PyList(items.clone());
        PyObject first = new PyBuiltinFunction("first", null, (self, a, off, n, kw) -> ((PyTuple) a[off]).get(0));
        PyList.sort(l, first, false);
        for (int i = 1; i < l.size(); i++) {
            PyTuple p = (PyTuple) l.get(i - 1), q = (PyTuple) l.get(i);
            long kp = ((PyInt) p.get(0)).value, kq = ((PyInt) q.get(0)).value;
            assertTrue(kp < kq || kp == kq && ((PyInt) p.get(1)).value < ((PyInt) q.get(1)).value);
        }
        PyList victim = new PyList(new PyObject[] {PyInt.valueOf(3), PyInt.valueOf(1), PyInt.valueOf(2)});
        PyObject mutating = new PyBuiltinFunction("m", null, (self, a, off, n, kw) -> {
            victim.append(PyInt.valueOf(0));
            return a[off];
        });
        PyException e = assertThrows(PyException.class, () -> PyList.sort(victim, mutating, false));
        assertTrue(e.matches(PyExceptions.ValueError));
        assertEquals("list modified during sort", Abstract.strJava(e.value));
        assertEquals(3, victim.size());
    }

    @Test
    void sliceAdjustClampsLikeCPython() {
        PySlice.Bounds b = new PySlice(PyInt.valueOf(-100), PyNone.INSTANCE, PyInt.valueOf(-1)).indices(5);
        assertEquals(-1, b.start);
        assertEquals(0, b.length);
        b = new PySlice(PyNone.INSTANCE, PyNone.INSTANCE, PyInt.valueOf(-2)).indices(5);
        assertEquals(4, b.start);
        assertEquals(3, b.length);
        b = new PySlice(PyInt.valueOf(BigInteger.TWO.pow(80)), PyNone.INSTANCE, PyNone.INSTANCE).indices(5);
        assertEquals(5, b.start);
        assertEquals(0, b.length);
    }

    @Test
    void reprOfRecursiveContainers() {
        PyList l = new PyList();
        l.append(l);
        assertEquals("[[...]]", Abstract.reprJava(l));
        PyDict d = new PyDict();
        d.setItem(PyInt.valueOf(1), d);
        assertEquals("{1: {...}}", Abstract.reprJava(d));
        PyList holder = new PyList();
        PyTuple t = PyTuple.of(holder);
        holder.append(t);
        assertEquals("([(...)],)", Abstract.reprJava(t));
    }

    @Test
    void dictIterationDetectsSizeChange() {
        PyDict d = new PyDict();
        d.setItem(PyInt.valueOf(1), PyInt.valueOf(2));
        PyObject it = Abstract.getIter(d);
        assertSame(PyInt.valueOf(1), Abstract.next(it));
        d.setItem(PyInt.valueOf(5), PyInt.valueOf(6));
        PyException e = assertThrows(PyException.class, () -> Abstract.next(it));
        assertEquals("dictionary changed size during iteration", Abstract.strJava(e.value));
        PySet s = new PySet();
        s.add(PyInt.valueOf(1));
        PyObject si = Abstract.getIter(s);
        s.add(PyInt.valueOf(2));
        e = assertThrows(PyException.class, () -> Abstract.next(si));
        assertEquals("Set changed size during iteration", Abstract.strJava(e.value));
    }

    @Test
    void genericAliasAndUnion() {
        PyObject alias = Abstract.getItem(PyList.TYPE, PyInt.TYPE);
        assertEquals("list[int]", Abstract.reprJava(alias));
        assertSame(PyList.TYPE, Abstract.getAttr(alias, "__origin__"));
        PyObject u = PyNumber.or(PyInt.TYPE, PyStr.TYPE);
        assertEquals("int | str", Abstract.reprJava(u));
        assertEquals("int | None", Abstract.reprJava(PyNumber.or(PyInt.TYPE, PyNone.INSTANCE)));
        PyObject called = Abstract.call(alias, PyTuple.of(PyInt.valueOf(1)));
        assertEquals("[1]", Abstract.reprJava(called));
    }
}
