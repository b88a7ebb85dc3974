package kiln.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.TypeNew;
import kiln.runtime.exceptions.PyExceptions;

/** str, bytes and memoryview behaviour that the generated cases cannot express: identity, subclasses, the Java API. */
public class StrTest {
    static {
        PyType.TYPE.name();  // boot order: the kernel starts from PyType
    }

    static PyStr s(String v) { return new PyStr(v); }

    static PyObject call(PyObject recv, String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(recv, name), args);
    }

    static String str(PyObject o) { return ((PyStr) o).value(); }

    @Test
    void codePointApi() {
        PyStr x = s("a\uD83D\uDE00b\uD800c");   // a, U+1F600, b, lone surrogate, c
        assertFalse(x.isBmp());
        assertEquals(5, x.length());
        assertEquals(0x1F600, x.codePointAt(1));
        assertEquals(0xD800, x.codePointAt(3));
        assertEquals(3, x.charIndex(2));
        assertEquals(2, x.cpIndex(3));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append(i % 3 == 0 ? "\uD83D\uDE00" : "x");
        PyStr b = s(big.toString());
        assertEquals(1000, b.length());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i % 3 == 0 ? 0x1F600 : 'x', b.codePointAt(i), "at " + i);
            assertEquals(i, b.cpIndex(b.charIndex(i)));
        }
        assertTrue(s("abc").isBmp());
        assertSame(PyStr.intern("abc"), PyStr.intern(new String("abc")));
    }

    @Test
    void identityFastPaths() {
        PyStr a = s("abc");
        assertSame(a, Abstract.str(a));
        assertSame(a, PyNumber.add(a, PyStr.EMPTY));
        assertSame(a, PyNumber.multiply(a, PyInt.valueOf(1)));
        assertSame(a, Abstract.getItem(a, new PySlice(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE)));
        assertSame(a, call(a, "strip"));
        assertSame(a, call(a, "replace", s("x"), s("y")));
        assertSame(PyStr.ofCodePoint('a'), Abstract.getItem(a, PyInt.valueOf(0)));
        PyBytes b = new PyBytes(new byte[] {1, 2});
        assertSame(b, Abstract.call(PyBytes.TYPE, b));
    }

    @Test
    void hashAndEquality() {
        assertEquals(Abstract.hash(s("hello")), Abstract.hash(s(new String("hello"))));
        assertEquals(Abstract.hash(s("h\u00e9")), Abstract.hash(new PyBytes(new byte[] {'h', (byte) 0xe9})));
        assertTrue(s("x").strEquals(s("x")));
        assertTrue(Abstract.eq(s("\uD83D\uDE00"), s("\uD83D\uDE00")));
        assertFalse(Abstract.eq(s("a"), new PyBytes(new byte[] {'a'})));
    }

    @Test
    void iteratorTypes() {
        assertEquals("str_ascii_iterator", Abstract.getIter(s("ab")).type().name());
        assertEquals("str_iterator", Abstract.getIter(s("\u00e9")).type().name());
        PyObject it = Abstract.getIter(s("a\uD83D\uDE00"));
        assertEquals("a", str(Abstract.next(it)));
        assertEquals("\uD83D\uDE00", str(Abstract.next(it)));
        assertEquals(null, Abstract.next(it));
        assertEquals("bytes_iterator", Abstract.getIter(new PyBytes(new byte[0])).type().name());
        assertEquals("bytearray_iterator", Abstract.getIter(new PyByteArray(new byte[0])).type().name());
    }

    @Test
    void subclasses() {
        PyType sub = TypeNew.newClass(PyType.TYPE, "S", PyTuple.of(PyStr.TYPE), new PyDict(), null, null);
        PyObject x = Abstract.call(sub, s("Abc"));
        assertSame(sub, x.type());
        assertEquals("Abc", str(x));
        // Methods of str return exact str, never the subclass.
        assertSame(PyStr.TYPE, call(x, "upper").type());
        assertSame(PyStr.TYPE, call(x, "strip").type());
        assertSame(PyStr.TYPE, Abstract.str(x).type());
        assertSame(PyStr.TYPE, PyNumber.add(x, PyStr.EMPTY).type());
        assertEquals("'Abc'", str(Abstract.repr(x)));
        assertEquals(Abstract.hash(s("Abc")), Abstract.hash(x));
        assertTrue(Abstract.eq(x, s("Abc")));
        Abstract.setAttr(x, "extra", PyInt.valueOf(1));   // subclasses get a __dict__
        assertEquals(1, ((PyInt) Abstract.getAttr(x, "extra")).value);

        PyType bsub = TypeNew.newClass(PyType.TYPE, "B", PyTuple.of(PyBytes.TYPE), new PyDict(), null, null);
        PyObject bx = Abstract.call(bsub, s("hi"), s("ascii"));
        assertSame(bsub, bx.type());
        assertEquals("b'hi'", str(Abstract.repr(bx)));
        PyObject fromhex = Abstract.call(Abstract.getAttr(bsub, "fromhex"), s("6869"));
        assertSame(bsub, fromhex.type());

        PyType basub = TypeNew.newClass(PyType.TYPE, "BA", PyTuple.of(PyByteArray.TYPE), new PyDict(), null, null);
        PyObject bax = Abstract.call(basub, new PyBytes(new byte[] {'q'}));
        assertEquals("BA(b'q')", str(Abstract.repr(bax)));
    }

    @Test
    void unicodeErrorAttributes() {
        PyException e = assertThrows(PyException.class, () -> call(new PyBytes(new byte[] {'a', (byte) 0xff}), "decode"));
        assertTrue(e.matches(PyExceptions.UnicodeDecodeError));
        assertEquals(1, ((PyInt) Abstract.getAttr(e.value, "start")).value);
        assertEquals(2, ((PyInt) Abstract.getAttr(e.value, "end")).value);
        assertEquals("invalid start byte", str(Abstract.getAttr(e.value, "reason")));
        assertEquals("utf-8", str(Abstract.getAttr(e.value, "encoding")));
        PyException e2 = assertThrows(PyException.class, () -> call(s("ab\u00e9\u00e9c"), "encode", s("ascii")));
        assertEquals("'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)", str(Abstract.str(e2.value)));
        PyException e3 = assertThrows(PyException.class, () -> call(s("x"), "encode", s("klingon")));
        assertTrue(e3.matches(PyExceptions.LookupError));
        assertEquals("unknown encoding: klingon", str(Abstract.str(e3.value)));
    }

    @Test
    void memoryviewOverBytearray() {
        PyByteArray ba = new PyByteArray(new byte[] {1, 2, 3, 4});
        PyObject m = Abstract.call(PyMemoryView.TYPE, ba);
        Abstract.setItem(m, PyInt.valueOf(0), PyInt.valueOf(9));
        assertEquals(9, ba.items[0]);
        PyObject sl = Abstract.getItem(m, new PySlice(PyInt.valueOf(1), PyInt.valueOf(3), PyNone.INSTANCE));
        Abstract.setItem(sl, PyInt.valueOf(1), PyInt.valueOf(7));
        assertEquals(7, ba.items[2]);
        PyObject enter = call(m, "__enter__");
        assertSame(m, enter);
        call(m, "__exit__", PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
        PyException e = assertThrows(PyException.class, () -> call(m, "tobytes"));
        assertEquals("operation forbidden on released memoryview object", str(Abstract.str(e.value)));
        assertTrue(str(Abstract.repr(m)).startsWith("<released memory at 0x"));
        PyObject ro = Abstract.call(PyMemoryView.TYPE, new PyBytes(new byte[] {1}));
        PyException e2 = assertThrows(PyException.class, () -> Abstract.setItem(ro, PyInt.valueOf(0), PyInt.valueOf(2)));
        assertEquals("cannot modify read-only memory", str(Abstract.str(e2.value)));
        PyException e3 = assertThrows(PyException.class, () -> Abstract.hash(Abstract.call(PyMemoryView.TYPE, ba)));
        assertEquals("cannot hash writable memoryview object", str(Abstract.str(e3.value)));
    }

    @Test
    void percentWithMappingSubclassAndObjects() {
        PyDict d = new PyDict();
        d.setItem(s("k"), PyInt.valueOf(5));
        assertEquals("5 and 5", str(PyNumber.remainder(s("%(k)s and %(k)d"), d)));
        assertEquals("None", str(PyNumber.remainder(s("%s"), PyNone.INSTANCE)));
        assertEquals("[1]", str(PyNumber.remainder(s("%s"), PyTuple.of(new PyList(new PyObject[] {PyInt.valueOf(1)})))));
    }

    @Test
    void bigInputsStayLinear() {
        // Splitting, joining and searching a 2 MB string: quadratic code would take minutes here.
        String word = "lorem\uD83D\uDE00ipsum ";
        PyStr big = s(word.repeat(100_000));
        long t0 = System.nanoTime();
        PyList parts = (PyList) call(big, "split");
        PyStr joined = (PyStr) call(s(" "), "join", parts);
        PyObject found = call(big, "rfind", s("lorem"));
        PyObject cnt = call(big, "count", s("\uD83D\uDE00"));
        PyObject item = Abstract.getItem(big, PyInt.valueOf(1_099_990));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(100_000, parts.size());
        assertEquals(big.length() - 1, joined.length());
        assertEquals(1_200_000 - 12, ((PyInt) found).value);
        assertEquals(100_000, ((PyInt) cnt).value);
        assertEquals("m", str(item));
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }
}
