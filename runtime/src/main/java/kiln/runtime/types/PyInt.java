package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code int}: arbitrary precision with a machine-word fast path. {@link #big} is null whenever the value fits
 * in a long; then {@link #value} holds it. Operations must keep that invariant (use {@link #valueOf(BigInteger)}).
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = new PyType("int", PyType.OBJECT, PyType.BASETYPE | PyType.LONG_SUBCLASS);
    private static final int CACHE_LOW = -5, CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE), LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public final long value;
    /** Non-null only when the value does not fit in a long. */
    public final BigInteger big;

    protected PyInt(PyType type, long value) {
        super(type);
        this.value = value;
        this.big = null;
    }

    protected PyInt(PyType type, BigInteger big) {
        super(type);
        if (big.bitLength() < 64) {
            this.value = big.longValue();
            this.big = null;
        } else {
            this.value = 0;
            this.big = big;
        }
    }

    public static PyInt valueOf(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            PyInt c = CACHE[(int) v - CACHE_LOW];
            if (c == null) c = CACHE[(int) v - CACHE_LOW] = new PyInt(TYPE, v);
            return c;
        }
        return new PyInt(TYPE, v);
    }

    public static PyInt valueOf(BigInteger b) {
        if (b.bitLength() < 64) return valueOf(b.longValue());
        return new PyInt(TYPE, b);
    }

    /** An instance of an int subclass. */
    public static PyInt ofType(PyType type, BigInteger b) { return new PyInt(type, b); }

    /** An instance of an int subclass. */
    public static PyInt ofType(PyType type, long v) { return new PyInt(type, v); }

    public final boolean isSmall() { return big == null; }

    public final BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(value); }

    /** Sign: -1, 0 or 1. */
    public final int signum() { return big != null ? big.signum() : Long.signum(value); }

    static {
        IntType.init(TYPE);
        TYPE.ready();
    }
}
