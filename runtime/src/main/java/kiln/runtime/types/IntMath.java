package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.PyExceptions;

/**
 * int arithmetic with Python's semantics: a long fast path that falls back to BigInteger on overflow, floor
 * division and modulo rounding toward negative infinity, two's complement bit operations, correctly rounded
 * true division.
 */
public final class IntMath {
    private IntMath() {}

    static final BigInteger BIG_LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    /** int -> float with round-half-even, OverflowError when too large. */
    public static double toDouble(PyInt i) {
        if (i.big == null) return (double) i.value;
        double d = i.big.doubleValue();
        if (Double.isInfinite(d)) throw kiln.runtime.Errors.overflowError("int too large to convert to float");
        return d;
    }

    /**
     * Makes a bytes object. The bytes type sets it; int.to_bytes now builds PyBytes directly, the field stays
     * because BytesType assigns it.
     */
    public static volatile java.util.function.Function<byte[], PyObject> bytesFactory;

    static BigInteger big(PyInt i) { return i.bigValue(); }

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.valueOf(r);
        }
        return PyInt.valueOf(big(a).add(big(b)));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.valueOf(r);
        }
        return PyInt.valueOf(big(a).subtract(big(b)));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.valueOf(lo);
        }
        return PyInt.valueOf(big(a).multiply(big(b)));
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return PyInt.valueOf(-a.value);
        return PyInt.valueOf(big(a).negate());
    }

    public static PyInt abs(PyInt a) { return a.signum() < 0 ? neg(a) : exact(a); }

    /** The same value as an exact int (int subclasses become plain ints). */
    public static PyInt exact(PyInt a) {
        if (a.type() == PyInt.TYPE) return a;
        return a.big == null ? PyInt.valueOf(a.value) : PyInt.valueOf(a.big);
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) return PyInt.valueOf(~a.value);
        return PyInt.valueOf(a.big.not());
    }

    private static void checkDivisor(PyInt b, String msg) {
        if (b.big == null && b.value == 0) throw Errors.zeroDivisionError(msg);
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        checkDivisor(b, "integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.valueOf(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = big(a).divideAndRemainder(big(b));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != big(b).signum()) q = q.subtract(BigInteger.ONE);
        return PyInt.valueOf(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        checkDivisor(b, "integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.value == -1) return PyInt.valueOf(0);
            return PyInt.valueOf(Math.floorMod(a.value, b.value));
        }
        BigInteger bb = big(b);
        BigInteger r = big(a).remainder(bb);
        if (r.signum() != 0 && r.signum() != bb.signum()) r = r.add(bb);
        return PyInt.valueOf(r);
    }

    public static PyTuple divmod(PyInt a, PyInt b) {
        checkDivisor(b, "integer division or modulo by zero");
        return PyTuple.of(floorDiv(a, b), mod(a, b));
    }

    /** int / int, correctly rounded (CPython 3.12: Objects/longobject.c, long_true_divide). */
    public static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivisionError("division by zero");
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53) && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
                return (double) x / (double) y;
            }
        }
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        BigInteger x = big(a).abs(), y = big(b).abs();
        if (x.signum() == 0) return negative ? -0.0 : 0.0;
        int diff = x.bitLength() - y.bitLength();
        if (diff > 1025) throw Errors.overflowError("integer division result too large for a float");
        if (diff < -1080) return negative ? -0.0 : 0.0;
        // Scale so the quotient has at least 55 bits: two beyond double precision for the rounding bit.
        int shift = 55 - diff;
        if (shift > 0) x = x.shiftLeft(shift);
        else y = y.shiftLeft(-shift);
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        // value == (q + frac) * 2**-shift; keep 53 bits, or fewer where the result is subnormal.
        int drop = Math.max(q.bitLength() - 53, -1074 + shift);
        double r = roundShifted(q, drop, sticky, drop - shift);
        if (Double.isInfinite(r)) throw Errors.overflowError("integer division result too large for a float");
        return negative ? -r : r;
    }

    /** round(q / 2**drop) * 2**scale, half-even, with {@code sticky} for nonzero bits already lost below q. */
    static double roundShifted(BigInteger q, int drop, boolean sticky, int scale) {
        if (drop <= 0) return Math.scalb(q.doubleValue(), scale - drop);
        if (drop > q.bitLength() + 1) return 0.0;
        BigInteger keep = q.shiftRight(drop);
        boolean half = q.testBit(drop - 1);
        boolean rest = sticky || q.getLowestSetBit() < drop - 1;
        if (half && (rest || keep.testBit(0))) keep = keep.add(BigInteger.ONE);
        return Math.scalb(keep.doubleValue(), scale);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (a.signum() == 0) return PyInt.valueOf(0);
        if (b.big != null || b.value > Integer.MAX_VALUE) throw Errors.of(PyExceptions.MemoryError, new PyObject[0]);
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long x = a.value;
            long r = x << n;
            if ((r >> n) == x) return PyInt.valueOf(r);
        }
        try {
            return PyInt.valueOf(big(a).shiftLeft(n));
        } catch (ArithmeticException e) {
            throw Errors.of(PyExceptions.MemoryError, new PyObject[0]);
        }
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (b.big != null || b.value > Integer.MAX_VALUE) return PyInt.valueOf(a.signum() < 0 ? -1 : 0);
        int n = (int) b.value;
        if (a.big == null) return PyInt.valueOf(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        return PyInt.valueOf(a.big.shiftRight(n));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.valueOf(a.value & b.value);
        return PyInt.valueOf(big(a).and(big(b)));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.valueOf(a.value | b.value);
        return PyInt.valueOf(big(a).or(big(b)));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.valueOf(a.value ^ b.value);
        return PyInt.valueOf(big(a).xor(big(b)));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return big(a).compareTo(big(b));
    }

    /** a ** b for b >= 0, no modulus. */
    public static PyInt pow(PyInt a, PyInt b) {
        if (b.signum() == 0) return PyInt.valueOf(1);
        if (a.big == null) {
            long x = a.value;
            if (x == 0 || x == 1) return PyInt.valueOf(x);
            if (x == -1) return PyInt.valueOf(b.bigValue().testBit(0) ? -1 : 1);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) throw Errors.of(PyExceptions.MemoryError, new PyObject[0]);
        int n = (int) b.value;
        if (a.big == null) {
            // Square-and-multiply on longs while it cannot overflow.
            long base = a.value, result = 1;
            int e = n;
            boolean ok = true;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base), lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    result = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base), lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    base = lo;
                }
            }
            if (ok) return PyInt.valueOf(result);
        }
        try {
            return PyInt.valueOf(big(a).pow(n));
        } catch (ArithmeticException e) {
            throw Errors.of(PyExceptions.MemoryError, new PyObject[0]);
        }
    }

    /** pow(a, b, m) (CPython 3.12: Objects/longobject.c, long_pow with a modulus). */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = big(m), am = mod.abs();
        BigInteger base = big(a), e = big(b);
        if (e.signum() < 0) {
            try {
                base = base.mod(am).modInverse(am);
            } catch (ArithmeticException ex) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.mod(am).modPow(e, am);
        if (mod.signum() < 0 && r.signum() != 0) r = r.subtract(am);
        return PyInt.valueOf(r);
    }

    public static int bitLength(PyInt a) {
        if (a.big == null) {
            long v = a.value;
            return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return a.big.abs().bitLength();
    }

    public static long bitCount(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return Long.bitCount(Math.abs(a.value));
        return big(a).abs().bitCount();
    }

    /** Python's round-half-even of an int to a multiple of 10**-ndigits (ndigits < 0). */
    public static PyInt round(PyInt a, PyInt ndigits) {
        if (ndigits.signum() >= 0) return exact(a);
        BigInteger nd = big(ndigits).negate();
        if (nd.bitLength() > 31) return PyInt.valueOf(0);
        BigInteger pow = BigInteger.TEN.pow(nd.intValue());
        BigInteger x = big(a);
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) { q = q.subtract(BigInteger.ONE); r = r.add(pow); }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return PyInt.valueOf(q.multiply(pow));
    }
}
