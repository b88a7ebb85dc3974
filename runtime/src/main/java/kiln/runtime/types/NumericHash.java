package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.PyObject;

/**
 * Python's numeric hash (CPython 3.12: Python/pyhash.c and Include/cpython/pyhash.h): a number equal to the
 * rational m/n hashes to m * n^-1 modulo the Mersenne prime 2**61-1, so equal ints, floats, complexes and
 * fractions hash alike. -1 is never a hash (it becomes -2).
 */
public final class NumericHash {
    private NumericHash() {}

    public static final int BITS = 61;
    public static final long MODULUS = (1L << BITS) - 1;
    public static final long INF = 314159;
    public static final long IMAG = 1000003;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private static long fix(long h) { return h == -1 ? -2 : h; }

    public static long hashLong(long v) {
        if (v == Long.MIN_VALUE) return fix(-Long.remainderUnsigned(v, MODULUS));
        long a = Math.abs(v) % MODULUS;
        return fix(v < 0 ? -a : a);
    }

    public static long hashBig(BigInteger b) {
        long a = b.abs().mod(BIG_MODULUS).longValue();
        return fix(b.signum() < 0 ? -a : a);
    }

    public static long hashInt(PyInt i) { return i.big == null ? hashLong(i.value) : hashBig(i.big); }

    /** The hash of a float; {@code owner} gives NaN its identity-based hash, as in 3.10+. */
    public static long hashDouble(double d, PyObject owner) {
        if (Double.isNaN(d)) return hashPointer(owner);
        if (Double.isInfinite(d)) return d > 0 ? INF : -INF;
        if (d == 0) return 0;
        long bits = Double.doubleToRawLongBits(d);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int exp;
        if (rawExp == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = rawExp - 1075;
        }
        // d == mant * 2**exp; 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61).
        int e = Math.floorMod(exp, BITS);
        long x = mant % MODULUS;
        x = ((x << e) & MODULUS) | (x >>> (BITS - e));
        if (x >= MODULUS) x -= MODULUS;
        return fix(d < 0 ? -x : x);
    }

    /** CPython's _Py_HashPointer on an identity: the low bits rotated so alignment zeros don't collide. */
    public static long hashPointer(PyObject o) {
        long y = (long) System.identityHashCode(o) << 4;
        long h = (y >>> 4) | (y << 60);
        return fix(h);
    }

    public static long hashComplex(double re, double im, PyObject owner) {
        long hr = hashDouble(re, owner), hi = hashDouble(im, owner);
        return fix(hr + IMAG * hi);
    }
}
