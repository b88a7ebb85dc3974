package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.Errors;

/**
 * Text to float: float(str) (CPython 3.12: Objects/floatobject.c, PyFloat_FromString with
 * _Py_string_to_number_with_underscores) and float.fromhex / float.hex.
 */
public final class FloatParse {
    private FloatParse() {}

    /** Unicode whitespace and decimal digits become ASCII; other non-ASCII characters make the text invalid. */
    static String toAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) b.append((char) c);
            else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85) b.append(' ');
            else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) b.append((char) ('0' + Character.digit(c, 10)));
            else b.append('?');
        }
        return b.toString();
    }

    static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c; }

    static String strip(String s) {
        int i = 0, e = s.length();
        while (i < e && isSpace(s.charAt(i))) i++;
        while (e > i && isSpace(s.charAt(e - 1))) e--;
        return s.substring(i, e);
    }

    /** float(s); null when the text is not a float literal. */
    public static Double parseOrNull(String s) {
        s = strip(toAscii(s));
        if (s.isEmpty()) return null;
        // Underscores only between digits.
        if (s.indexOf('_') >= 0) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    if (i == 0 || i == s.length() - 1 || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1))) return null;
                    continue;
                }
                b.append(c);
            }
            s = b.toString();
        }
        int i = 0, n = s.length();
        boolean neg = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (rest.equals("nan")) return neg ? -Double.NaN : Double.NaN;
        // digits [. digits] [e [sign] digits], at least one mantissa digit
        int k = i, mant = 0;
        while (k < n && isDigit(s.charAt(k))) { k++; mant++; }
        if (k < n && s.charAt(k) == '.') {
            k++;
            while (k < n && isDigit(s.charAt(k))) { k++; mant++; }
        }
        if (mant == 0) return null;
        if (k < n && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            k++;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) k++;
            int ed = 0;
            while (k < n && isDigit(s.charAt(k))) { k++; ed++; }
            if (ed == 0) return null;
        }
        if (k != n) return null;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    public static double parse(String original) {
        Double d = parseOrNull(original);
        if (d == null) {
            throw Errors.valueError("could not convert string to float: " + kiln.runtime.Abstract.reprJava(new PyStr(original)));
        }
        return d;
    }

    // --- hex ---

    /** float.hex(x) (CPython 3.12: float_hex). */
    public static String hex(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sign = Double.doubleToRawLongBits(x) < 0 ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(x);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String digits = String.format("%013x", mant);
        if (rawExp == 0) return sign + "0x0." + digits + "p-1022";
        int e = rawExp - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static kiln.runtime.PyException invalidHex() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    /** float.fromhex(s) (CPython 3.12: float_fromhex), correctly rounded half-even. */
    public static double fromHex(String original) {
        String s = strip(original);
        int i = 0, n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String low = s.substring(i).toLowerCase();
        if (low.equals("inf") || low.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (low.equals("nan")) return Double.NaN;
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) i += 2;
        BigInteger m = BigInteger.ZERO;
        int ndig = 0, fracDigits = 0;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
            m = m.shiftLeft(4).or(BigInteger.valueOf(Character.digit(s.charAt(i), 16)));
            i++;
            ndig++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                m = m.shiftLeft(4).or(BigInteger.valueOf(Character.digit(s.charAt(i), 16)));
                i++;
                ndig++;
                fracDigits++;
            }
        }
        if (ndig == 0) throw invalidHex();
        long exp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                eneg = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                if (exp < 1L << 40) exp = exp * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start) throw invalidHex();
            if (eneg) exp = -exp;
        }
        if (i != n) throw invalidHex();
        double r;
        if (m.signum() == 0) {
            r = 0.0;
        } else {
            long e2 = exp - 4L * fracDigits;  // value == m * 2**e2
            long top = m.bitLength() + e2;     // value < 2**top
            if (top > 1024) throw Errors.overflowError("hexadecimal value too large to represent as a float");
            if (top < -1080) {
                r = 0.0;
            } else {
                int drop = (int) Math.max(m.bitLength() - 53, -1074 - e2);
                r = IntMath.roundShifted(m, drop, false, (int) (drop + e2));
                if (Double.isInfinite(r)) throw Errors.overflowError("hexadecimal value too large to represent as a float");
            }
        }
        return neg ? -r : r;
    }
}
