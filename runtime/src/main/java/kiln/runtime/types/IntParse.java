package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.Errors;
import kiln.runtime.PyException;

/**
 * Text to int and int to decimal text (CPython 3.12: Objects/longobject.c, PyLong_FromString and
 * long_to_decimal_string), including the integer string conversion length limit (PEP 651's successor, gh-95778).
 */
public final class IntParse {
    private IntParse() {}

    /** sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** sys.int_info.str_digits_check_threshold: smaller limits (other than 0) are rejected. */
    public static final int STR_DIGITS_CHECK_THRESHOLD = 640;
    /** The current limit (sys.set_int_max_str_digits / get_int_max_str_digits); 0 means none. */
    public static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    /** sys.set_int_max_str_digits(n) with CPython's check. */
    public static void setMaxStrDigits(long n) {
        if (n != 0 && n < STR_DIGITS_CHECK_THRESHOLD) {
            throw Errors.valueError("maxdigits must be 0 or larger than " + STR_DIGITS_CHECK_THRESHOLD);
        }
        maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** Decimal text of an int, subject to the digit limit. */
    public static String toDecimal(PyInt i) {
        if (i.big == null) return Long.toString(i.value);
        int limit = maxStrDigits;
        // A cheap bound first: bitLength * log10(2) digits, give or take one.
        if (limit > 0 && (long) ((i.big.bitLength() - 1) * 0.30102999566398120) + 1 > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        String s = i.big.toString();
        if (limit > 0 && s.length() - (i.big.signum() < 0 ? 1 : 0) > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f
                || c == 0x85;
    }

    /** Unicode decimal digits become ASCII, as _PyUnicode_TransformDecimalAndSpaceToASCII does. */
    private static String toAscii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            int out = c;
            if (c >= 128) {
                if (isSpace(c)) out = ' ';
                else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) out = '0' + Character.digit(c, 10);
                else out = '?';
            }
            if (out != c && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) b.append((char) out);
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static PyException invalid(String original, int base) {
        String r = reprCut(original);
        return Errors.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    /** %.200R of a str: the repr cut to 200 characters. */
    private static String reprCut(String s) {
        String r = kiln.runtime.Abstract.repr(new PyStr(s)).value();
        if (r.codePointCount(0, r.length()) > 200) r = r.substring(0, r.offsetByCodePoints(0, 200));
        return r;
    }

    /** int(s, base); {@code original} is used in messages. */
    public static PyInt parse(String original, int base) {
        if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        String s = toAscii(original);
        int n = s.length(), i = 0;
        while (i < n && isAsciiSpace(s.charAt(i))) i++;
        int end = n;
        while (end > i && isAsciiSpace(s.charAt(end - 1))) end--;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < end && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                prefixed = true;
            }
        }
        if (b == 0) {
            b = 10;
            // Base 0 forbids leading zeros on a non-zero decimal ("010"), but "0", "00" and "0_0" are fine.
            if (i < end && s.charAt(i) == '0') {
                for (int k = i; k < end; k++) {
                    char c = s.charAt(k);
                    if (c != '0' && c != '_') throw invalid(original, base);
                }
            }
        }
        // Scan digits and underscores: an underscore only between digits or right after a prefix.
        int start = i;
        StringBuilder digits = null;
        boolean lastUnderscore = false;
        int ndigits = 0;
        for (int k = i; k < end; k++) {
            char c = s.charAt(k);
            if (c == '_') {
                if (lastUnderscore || (k == start && !prefixed)) throw invalid(original, base);
                lastUnderscore = true;
                if (digits == null) digits = new StringBuilder(s.substring(start, k));
                continue;
            }
            int d = Character.digit(c, 36);
            if (c >= 128 || d < 0 || d >= b) throw invalid(original, base);
            lastUnderscore = false;
            ndigits++;
            if (digits != null) digits.append(c);
        }
        if (ndigits == 0 || lastUnderscore) throw invalid(original, base);
        String ds = digits != null ? digits.toString() : s.substring(start, end);
        if (ndigits <= 18 && b <= 10 || ndigits <= 12) {
            long v = Long.parseLong(ds, b);
            return PyInt.valueOf(negative ? -v : v);
        }
        int limit = maxStrDigits;
        if (limit > 0 && (b & (b - 1)) != 0 && ndigits > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + ndigits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(ds, b);
        return PyInt.valueOf(negative ? v.negate() : v);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** Digits of |v| in base 2, 8 or 16 (no limit applies to powers of two). */
    public static String toBase(PyInt v, int base) {
        if (v.big == null && v.value != Long.MIN_VALUE) return Long.toString(Math.abs(v.value), base);
        return v.bigValue().abs().toString(base);
    }
}
