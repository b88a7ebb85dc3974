package kiln.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import kiln.runtime.Abstract;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.TypeNew;
import kiln.runtime.exceptions.PyExceptions;

/**
 * Behaviour of the numeric types seen through the Java API that the recorded cases cannot express: dict lookups
 * across numeric types, the digit limit setting, subclassing rules, identities. Expected strings are CPython 3.12's.
 */
class NumbersApiTest {

    @Test
    void equalNumbersFindTheSameDictEntry() {
        // CPython 3.12: d = {1: 'a'}; d[1.0], d[True], d[1+0j] all give 'a'; hash(2**61) == 1.
        PyDict d = new PyDict();
        d.setItem(PyInt.valueOf(1), new PyStr("a"));
        assertEquals("a", ((PyStr) d.getItem(PyFloat.valueOf(1.0))).value());
        assertEquals("a", ((PyStr) d.getItem(PyBool.TRUE)).value());
        assertEquals("a", ((PyStr) d.getItem(PyComplex.valueOf(1.0, 0.0))).value());
        d.setItem(PyFloat.valueOf(0.5), new PyStr("half"));
        assertEquals("half", ((PyStr) d.getItem(PyComplex.valueOf(0.5, 0))).value());
        assertEquals(1, Abstract.hash(PyInt.valueOf(BigInteger.ONE.shiftLeft(61))));
        assertEquals(1152921504606846976L, Abstract.hash(PyFloat.valueOf(0.5)));
        assertEquals(-2, Abstract.hash(PyInt.valueOf(-1)));
        assertEquals(314159, Abstract.hash(PyFloat.valueOf(Double.POSITIVE_INFINITY)));
    }

    @Test
    void nanHashesByIdentity() {
        PyFloat a = PyFloat.valueOf(Double.NaN), b = PyFloat.valueOf(Double.NaN);
        assertEquals(Abstract.hash(a), Abstract.hash(a));
        assertTrue(Abstract.hash(a) != Abstract.hash(b) || System.identityHashCode(a) == System.identityHashCode(b));
        // A NaN key is found by identity only.
        PyDict d = new PyDict();
        d.setItem(a, PyInt.valueOf(1));
        assertSame(PyInt.valueOf(1), d.getItem(a));
        assertEquals(null, d.getItem(b));
    }

    @Test
    void digitLimitIsASetting() {
        PyObject big = PyNumber.power(PyInt.valueOf(10), PyInt.valueOf(5000), PyNone.INSTANCE);
        PyException e = assertThrows(PyException.class, () -> Abstract.repr(big));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() "
                + "to increase the limit", Abstract.strJava(e.value));
        int old = IntParse.maxStrDigits;
        try {
            IntParse.setMaxStrDigits(0);
            assertEquals(5001, Abstract.reprJava(big).length());
            IntParse.setMaxStrDigits(6000);
            PyObject back = Abstract.call(PyInt.TYPE, Abstract.repr(big));
            assertTrue(Abstract.eq(back, big));
            PyException small = assertThrows(PyException.class, () -> IntParse.setMaxStrDigits(100));
            assertEquals("maxdigits must be 0 or larger than 640", Abstract.strJava(small.value));
        } finally {
            IntParse.maxStrDigits = old;
        }
    }

    @Test
    void boolCannotBeSubclassed() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), new PyStr("__main__"));
        PyException e = assertThrows(PyException.class,
                () -> TypeNew.newClass(PyType.TYPE, "B", PyTuple.of(PyBool.TYPE), ns, null, null));
        assertTrue(e.matches(PyExceptions.TypeError));
        assertEquals("type 'bool' is not an acceptable base type", Abstract.strJava(e.value));
    }

    @Test
    void intSubclassInstancesAreInts() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), new PyStr("__main__"));
        PyType s = TypeNew.newClass(PyType.TYPE, "S", PyTuple.of(PyInt.TYPE), ns, null, null);
        PyObject x = Abstract.call(s, new PyStr("ff"), PyInt.valueOf(16));
        assertTrue(x instanceof PyInt);
        assertSame(s, x.type());
        assertEquals(255, ((PyInt) x).value);
        // Arithmetic on a subclass instance gives a plain int; the instance has a __dict__.
        assertSame(PyInt.TYPE, PyNumber.add(x, PyInt.valueOf(1)).type());
        Abstract.setAttr(x, "tag", PyInt.valueOf(7));
        assertEquals(7, ((PyInt) Abstract.getAttr(x, "tag")).value);
    }

    @Test
    void smallIntsAndBoolsAreShared() {
        assertSame(PyInt.valueOf(5), PyInt.valueOf(5));
        assertSame(PyInt.valueOf(5), PyNumber.add(PyInt.valueOf(2), PyInt.valueOf(3)));
        assertSame(PyBool.TRUE, Abstract.call(PyBool.TYPE, PyInt.valueOf(3)));
        assertSame(PyBool.FALSE, PyNumber.and(PyBool.TRUE, PyBool.FALSE));
        assertEquals("-2", Abstract.reprJava(PyNumber.invert(PyBool.TRUE)));
        // The long fast path hands over to BigInteger exactly at the boundary.
        PyInt max = PyInt.valueOf(Long.MAX_VALUE);
        PyInt sum = (PyInt) PyNumber.add(max, PyInt.valueOf(1));
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), sum.big);
        PyInt back = (PyInt) PyNumber.subtract(sum, PyInt.valueOf(1));
        assertTrue(back.isSmall());
        assertEquals(Long.MAX_VALUE, back.value);
    }

    @Test
    void formatSpecFieldsForOtherFormatters() {
        FormatSpec f = FormatSpec.parse("*^+z#012_.3e", "float", 0, '>');
        assertEquals('*', f.fill);
        assertEquals('^', f.align);
        assertEquals('+', f.sign);
        assertTrue(f.noNegZero);
        assertTrue(f.alternate);
        assertEquals(12, f.width);
        assertEquals('_', f.grouping);
        assertEquals(3, f.precision);
        assertEquals('e', f.type);
        FormatSpec s = FormatSpec.parse("05", "str", 's', '<');
        assertEquals('0', s.fill);
        assertEquals('<', s.align);
        assertFalse(s.alignSpecified);
        PyException e = assertThrows(PyException.class, () -> FormatSpec.parse(",s", "str", 's', '<'));
        assertEquals("Cannot specify ',' with 's'.", Abstract.strJava(e.value));
    }

    /** Runs these tests without a JUnit launcher. */
    public static void main(String[] args) {
        NumbersApiTest t = new NumbersApiTest();
        Runnable[] tests = {t::equalNumbersFindTheSameDictEntry, t::nanHashesByIdentity, t::digitLimitIsASetting,
                t::boolCannotBeSubclassed, t::intSubclassInstancesAreInts, t::smallIntsAndBoolsAreShared,
                t::formatSpecFieldsForOtherFormatters};
        int ok = 0;
        for (Runnable r : tests) {
            try {
                r.run();
                ok++;
            } catch (Throwable e) {
                System.out.println("FAILED: " + e);
            }
        }
        System.out.println(ok + " / " + tests.length + " API tests pass");
    }
}
