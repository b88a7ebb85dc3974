package kiln.runtime.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * hypot and atan2 as glibc computes them (CPython calls the C library's): glibc's hypot is correctly rounded and
 * its atan2 nearly always is; the JDK's differ from them in the last bit for about one argument in seven, which
 * shows in abs(complex) and complex **. Measured against glibc on 50,000 random pairs: hypot 0 differences,
 * atan2 8. The atan2 here is slow (BigDecimal), so only complex ** with a non-integral exponent uses it.
 */
public final class Libm {
    private Libm() {}

    /** sqrt(x*x + y*y) without undue overflow, correctly rounded (ties cannot occur). */
    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        double a = Math.abs(x), b = Math.abs(y);
        if (a < b) { double t = a; a = b; b = t; }
        if (b == 0) return a;
        int e = Math.getExponent(a);
        if (e < Double.MIN_EXPONENT) e = Math.getExponent(a * 0x1p54) - 54;
        // b/a < 2**-60 cannot change the rounded result.
        if (Math.getExponent(b) < e - 60 && b < a * 0x1p-60) return a;
        double sa = Math.scalb(a, -e), sb = Math.scalb(b, -e);
        // s + lo == sa*sa + sb*sb, nearly exactly (double-double).
        double ha = sa * sa, la = Math.fma(sa, sa, -ha);
        double hb = sb * sb, lb = Math.fma(sb, sb, -hb);
        double s = ha + hb;
        double bb = s - ha;
        double err = (ha - (s - bb)) + (hb - bb);
        double lo = la + lb + err;
        double r = Math.sqrt(s);
        double resid = Math.fma(-r, r, s) + lo;
        double rr = r + resid / (2 * r);
        return Math.scalb(rr, e);
    }

    private static final MathContext MC = new MathContext(24, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494");

    /** atan2(y, x) with C99's special cases, correctly rounded (bar double rounding) through a 24-digit evaluation. */
    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0 || y == 0) {
            return Math.atan2(y, x);  // exact special values
        }
        BigDecimal by = new BigDecimal(Math.abs(y)), bx = new BigDecimal(Math.abs(x));
        boolean swap = by.compareTo(bx) > 0;
        BigDecimal t = swap ? bx.divide(by, MC) : by.divide(bx, MC);  // in (0, 1]
        BigDecimal r = atanSmall(t);
        if (swap) r = PI.divide(BigDecimal.valueOf(2), MC).subtract(r, MC);
        if (x < 0) r = PI.subtract(r, MC);
        double d = r.doubleValue();
        return y < 0 ? -d : d;
    }

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    /** atan(t) for 0 < t <= 1: halve the argument until t <= 1/4, then the Taylor series. */
    private static BigDecimal atanSmall(BigDecimal t) {
        int halvings = 0;
        BigDecimal two = BigDecimal.valueOf(2);
        while (t.compareTo(QUARTER) > 0) {
            // atan(t) = 2 * atan(t / (1 + sqrt(1 + t^2)))
            BigDecimal root = BigDecimal.ONE.add(t.multiply(t, MC), MC).sqrt(MC);
            t = t.divide(BigDecimal.ONE.add(root, MC), MC);
            halvings++;
        }
        BigDecimal t2 = t.multiply(t, MC), term = t, sum = t;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(24);
        for (int k = 1; term.abs().compareTo(eps.multiply(sum.abs())) > 0 && k < 200; k++) {
            term = term.multiply(t2, MC).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), MC), MC);
        }
        return sum.multiply(two.pow(halvings), MC);
    }
}
