package kiln.parser.ast;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python 3.12's {@code repr()} of the values a {@link Constant} holds (and of identifiers, which
 * {@code ast.dump} prints as str reprs): str, bytes, int, float, complex, bool, None and Ellipsis.
 *
 * <p>{@link #appendRepr(StringBuilder, Object)} writes straight into a caller's buffer; plain
 * printable-ASCII strings, the common case, are copied without a per-character loop body.
 *
 * <p>An int with more than 4300 decimal digits has no repr in CPython 3.12 (the int max str digits
 * limit): {@code repr} raises {@code ValueError}. Here that is an {@link IllegalArgumentException}
 * carrying CPython's message, see {@link #INT_MAX_STR_DIGITS}.
 */
public final class ConstantRepr {
    private ConstantRepr() {}

    /** CPython 3.12's default {@code sys.get_int_max_str_digits()}. */
    public static final int INT_MAX_STR_DIGITS = 4300;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String repr(Object value) {
        if (value instanceof String s && isPlainAscii(s)) {
            return "'" + s + "'";
        }
        StringBuilder sb = new StringBuilder();
        appendRepr(sb, value);
        return sb.toString();
    }

    public static void appendRepr(StringBuilder out, Object value) {
        switch (value) {
            case String s -> appendStr(out, s);
            case SurrogateStr s -> appendStr(out, s.codePoints());
            case Long l -> out.append(l.longValue());
            case Double d -> appendFloat(out, d, true, false);
            case Boolean b -> out.append(b ? "True" : "False");
            case ConstantValue c -> out.append(c.repr());
            case BigInteger b -> appendBigInt(out, b);
            case BytesConstant b -> appendBytes(out, b.bytes());
            case ComplexConstant c -> appendComplex(out, c.real(), c.imag());
            case Integer i -> out.append(i.intValue());
            case null -> out.append("None");
            default -> throw new IllegalArgumentException("not a constant value: " + value.getClass().getName());
        }
    }

    /** True when every char is printable ASCII other than the quote and the backslash. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '\'' || c == '\\') return false;
        }
        return true;
    }

    // CPython 3.12: Objects/unicodeobject.c, unicode_repr
    public static void appendStr(StringBuilder out, String s) {
        int n = s.length();
        if (isPlainAscii(s)) {
            out.ensureCapacity(out.length() + n + 2);
            out.append('\'').append(s).append('\'');
            return;
        }
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) quote = '"';
        out.append(quote);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            appendReprOf(out, cp, quote);
            i += Character.charCount(cp);
        }
        out.append(quote);
    }

    /** The repr of a str whose code points a String cannot hold apart (see {@link SurrogateStr}). */
    public static void appendStr(StringBuilder out, int[] codePoints) {
        boolean single = false, dbl = false;
        for (int cp : codePoints) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        out.append(quote);
        for (int cp : codePoints) appendReprOf(out, cp, quote);
        out.append(quote);
    }

    private static void appendReprOf(StringBuilder out, int cp, char quote) {
        if (cp < 0x7f) {
            if (cp == quote || cp == '\\') out.append('\\').append((char) cp);
            else if (cp >= 0x20) out.append((char) cp);
            else if (cp == '\t') out.append("\\t");
            else if (cp == '\n') out.append("\\n");
            else if (cp == '\r') out.append("\\r");
            else hexEscape(out, 'x', cp, 2);
        } else if (Unicode15.isPrintable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hexEscape(out, 'x', cp, 2);
        } else if (cp <= 0xffff) {
            hexEscape(out, 'u', cp, 4);
        } else {
            hexEscape(out, 'U', cp, 8);
        }
    }

    private static void hexEscape(StringBuilder out, char kind, int value, int digits) {
        out.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xf]);
        }
    }

    // CPython 3.12: Objects/bytesobject.c, PyBytes_Repr (smartquotes)
    public static void appendBytes(StringBuilder out, byte[] bytes) {
        char quote = '\'';
        boolean single = false, dbl = false;
        for (byte b : bytes) {
            if (b == '\'') single = true;
            else if (b == '"') dbl = true;
        }
        if (single && !dbl) quote = '"';
        out.append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') out.append('\\').append((char) c);
            else if (c == '\t') out.append("\\t");
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c < 0x20 || c >= 0x7f) hexEscape(out, 'x', c, 2);
            else out.append((char) c);
        }
        out.append(quote);
    }

    private static void appendBigInt(StringBuilder out, BigInteger b) {
        String digits = b.toString();
        int count = digits.length() - (b.signum() < 0 ? 1 : 0);
        if (count > INT_MAX_STR_DIGITS) {
            throw new IllegalArgumentException("Exceeds the limit (" + INT_MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        out.append(digits);
    }

    /** Python's {@code repr(float)}. */
    public static String floatRepr(double d) {
        StringBuilder sb = new StringBuilder(24);
        appendFloat(sb, d, true, false);
        return sb.toString();
    }

    /** Python's {@code repr(complex)}. */
    public static String complexRepr(double real, double imag) {
        StringBuilder sb = new StringBuilder(32);
        appendComplex(sb, real, imag);
        return sb.toString();
    }

    // CPython 3.12: Objects/complexobject.c, complex_repr
    private static void appendComplex(StringBuilder out, double real, double imag) {
        if (real == 0.0 && Double.doubleToRawLongBits(real) == 0L) {
            // A +0.0 real part is left out, and so are the parentheses.
            appendFloat(out, imag, false, false);
            out.append('j');
        } else {
            out.append('(');
            appendFloat(out, real, false, false);
            appendFloat(out, imag, false, true);
            out.append("j)");
        }
    }

    /**
     * Python's 'r' float formatting (shortest round-trip digits): fixed notation when the decimal
     * exponent is in [-4, 16), else exponent notation with a sign and at least two digits.
     */
    // CPython 3.12: Python/pystrtod.c, format_float_short
    static void appendFloat(StringBuilder out, double d, boolean addDot0, boolean forceSign) {
        if (Double.isNaN(d)) {
            // Python never shows a NaN's sign bit; the explicit-sign flag still writes '+'.
            out.append(forceSign ? "+nan" : "nan");
            return;
        }
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        if (negative) out.append('-');
        else if (forceSign) out.append('+');
        if (Double.isInfinite(d)) {
            out.append("inf");
            return;
        }
        if (d == 0.0) {
            out.append(addDot0 ? "0.0" : "0");
            return;
        }
        double a = Math.abs(d);
        // digits[0..n) with the value 0.d1d2...dn * 10^decpt
        char[] digits = new char[20];
        int[] nAndDecpt = shortestDigits(a, digits);
        int n = nAndDecpt[0], decpt = nAndDecpt[1];
        if (decpt <= -4 || decpt > 16) {
            out.append(digits[0]);
            if (n > 1) out.append('.').append(digits, 1, n - 1);
            int exp = decpt - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) out.append('0');
            out.append(e);
        } else if (decpt <= 0) {
            out.append("0.");
            for (int i = decpt; i < 0; i++) out.append('0');
            out.append(digits, 0, n);
        } else if (decpt < n) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, n - decpt);
        } else {
            out.append(digits, 0, n);
            for (int i = n; i < decpt; i++) out.append('0');
            if (addDot0) out.append(".0");
        }
    }

    /**
     * Fills {@code digits} with the shortest decimal digits that round-trip to {@code a} (positive,
     * finite), choosing the closest such decimal as David Gay's dtoa mode 0 does; returns
     * {digit count, decimal point position}.
     */
    private static int[] shortestDigits(double a, char[] digits) {
        // JDK 19+ Double.toString gives the shortest round-tripping digits, except that when one
        // digit would do it may give the closest two-digit decimal instead (4.9E-324 for 5e-324).
        String s = Double.toString(a);
        int len = s.length();
        int ePos = s.indexOf('E');
        int exp = 0;
        int mantEnd = len;
        if (ePos >= 0) {
            exp = Integer.parseInt(s, ePos + 1, len, 10);
            mantEnd = ePos;
        }
        int n = 0;
        int decpt = 0;
        boolean seenDot = false;
        boolean leading = true;
        for (int i = 0; i < mantEnd; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                seenDot = true;
                continue;
            }
            if (leading && c == '0') {
                if (seenDot) decpt--;
                continue;
            }
            leading = false;
            digits[n++] = c;
            if (!seenDot) decpt++;
        }
        decpt += exp;
        while (n > 1 && digits[n - 1] == '0') n--;
        if (n == 2) {
            n = preferOneDigit(a, digits, decpt, n);
            if (n == 1 && digits[0] == '0') { // 9.x rounded up to 10
                digits[0] = '1';
                decpt++;
            }
        }
        return new int[] {n, decpt};
    }

    /** If a one-digit decimal also round-trips to {@code a}, puts the closest one in digits[0]. */
    private static int preferOneDigit(double a, char[] digits, int decpt, int n) {
        int lead = digits[0] - '0';
        BigDecimal exact = new BigDecimal(a);
        BigDecimal best = null;
        int bestDigit = -1;
        for (int cand = lead; cand <= lead + 1; cand++) {
            BigDecimal value = BigDecimal.valueOf(cand).scaleByPowerOfTen(decpt - 1);
            if (value.doubleValue() != a) continue;
            BigDecimal dist = value.subtract(exact).abs();
            if (best == null || dist.compareTo(best) < 0) {
                best = dist;
                bestDigit = cand;
            }
        }
        if (bestDigit < 0) return n;
        if (bestDigit == 10) {
            digits[0] = '0'; // caller turns this into "1" one place up
        } else {
            digits[0] = (char) ('0' + bestDigit);
        }
        return 1;
    }
}
