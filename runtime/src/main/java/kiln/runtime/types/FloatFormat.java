package kiln.runtime.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text as CPython's PyOS_double_to_string does (Python/pystrtod.c, format_float_short): the shortest
 * round-trip repr, and correctly rounded 'e', 'f', 'g' renderings. Digits come from the JDK: Double.toString
 * gives the shortest round-trip digits (JDK 19+), BigDecimal of a double is exact so rounding it is correct.
 * Results carry no sign; callers add it (see {@link #isNegative}).
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Decimal digits (no leading zeros, trailing zeros stripped unless padded) and the decimal point position. */
    record Digits(String digits, int decpt) {}

    /** repr(float) / str(float). */
    public static String repr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String body = render(Math.abs(d), 'r', 0, false, true, false);
        return isNegative(d) ? "-" + body : body;
    }

    /** Sign bit set (so -0.0 is negative); NaN never shows a sign, as in CPython. */
    public static boolean isNegative(double d) {
        return !Double.isNaN(d) && (Double.doubleToRawLongBits(d) < 0);
    }

    /** Shortest digits that round-trip, from Double.toString's output. */
    static Digits shortest(double a) {
        if (a == 0) return new Digits("0", 1);
        String s = Double.toString(a);
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            s = s.substring(0, e);
        }
        int dot = s.indexOf('.');
        String intPart = s.substring(0, dot), frac = s.substring(dot + 1);
        String all = intPart + frac;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
        all = all.substring(lead);
        decpt -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') end--;
        all = all.substring(0, end);
        // Java's scientific form always shows a digit after the point, so a value whose shortest form has one
        // digit may come out with two ("4.9E-324" for 5e-324): try the one-digit neighbours.
        if (e >= 0 && all.length() == 2) {
            Digits one = oneDigit(a, all.charAt(0) - '0', decpt);
            if (one != null) return one;
        }
        return new Digits(all, decpt);
    }

    private static Digits oneDigit(double a, int d, int decpt) {
        Digits lo = d == 0 ? null : new Digits(String.valueOf(d), decpt);
        Digits hi = d == 9 ? new Digits("1", decpt + 1) : new Digits(String.valueOf(d + 1), decpt);
        boolean loOk = lo != null && roundTrips(lo, a), hiOk = roundTrips(hi, a);
        if (loOk && hiOk) {
            BigDecimal exact = new BigDecimal(a);
            return value(lo).subtract(exact).abs().compareTo(value(hi).subtract(exact).abs()) <= 0 ? lo : hi;
        }
        return loOk ? lo : hiOk ? hi : null;
    }

    private static BigDecimal value(Digits d) {
        return new BigDecimal(new java.math.BigInteger(d.digits), d.digits.length() - d.decpt);
    }

    private static boolean roundTrips(Digits d, double a) {
        return Double.parseDouble(d.digits + "E" + (d.decpt - d.digits.length())) == a;
    }

    /** {@code n} significant digits, correctly rounded (half-even on exact ties), trailing zeros stripped. */
    static Digits significant(double a, int n) {
        if (a == 0) return new Digits("0", 1);
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') end--;
        return new Digits(u.substring(0, end), decpt);
    }

    /**
     * Renders |d| (finite, non-negative) in mode 'e', 'f', 'g' or 'r' (shortest) with CPython's layout rules.
     *
     * @param alt     the '#' flag: keep trailing zeros and the decimal point
     * @param addDot0 add ".0" to an integral fixed-point result (repr and the empty presentation type)
     */
    public static String render(double a, char mode, int precision, boolean alt, boolean addDot0, boolean upper) {
        if (Double.isNaN(a)) return upper ? "NAN" : "nan";
        if (Double.isInfinite(a)) return upper ? "INF" : "inf";
        a = Math.abs(a);
        if (mode == 'f') return fixed(a, precision, alt);
        Digits dg;
        boolean useExp;
        int padTo;
        switch (mode) {
            case 'e' -> {
                dg = significant(a, precision + 1);
                useExp = true;
                padTo = precision + 1;
            }
            case 'g' -> {
                if (precision == 0) precision = 1;
                dg = significant(a, precision);
                useExp = dg.decpt <= -4 || dg.decpt > (addDot0 ? precision - 1 : precision);
                padTo = alt ? precision : 0;
            }
            default -> {
                dg = shortest(a);
                useExp = dg.decpt <= -4 || dg.decpt > 16;
                padTo = 0;
            }
        }
        String digits = dg.digits;
        if (digits.length() < padTo) digits = digits + "0".repeat(padTo - digits.length());
        StringBuilder b = new StringBuilder(digits.length() + 8);
        if (useExp) {
            int exp = dg.decpt - 1;
            b.append(digits.charAt(0));
            if (digits.length() > 1) b.append('.').append(digits, 1, digits.length());
            else if (alt) b.append('.');
            b.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) b.append('0');
            b.append(ae);
            return b.toString();
        }
        int decpt = dg.decpt;
        if (decpt <= 0) {
            b.append("0.");
            for (int i = 0; i < -decpt; i++) b.append('0');
            b.append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits);
            for (int i = digits.length(); i < decpt; i++) b.append('0');
            if (addDot0) b.append(".0");
            else if (alt) b.append('.');
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }

    /** '%.{p}f' of a non-negative finite value, correctly rounded. */
    static String fixed(double a, int precision, boolean alt) {
        String s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (precision == 0 && alt) s = s + ".";
        return s;
    }

    /** True when the rendering has only zero digits (for the 'z' option). */
    static boolean allZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }
}
