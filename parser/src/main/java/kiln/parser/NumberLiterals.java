package kiln.parser;

import java.math.BigInteger;
import kiln.parser.ast.ComplexConstant;
import kiln.parser.ast.ConstantRepr;

/**
 * The value of a NUMBER token, as CPython 3.12's parser computes it.
 *
 * <p>{@link #parse(String)} takes the token's text exactly as the tokenizer accepted it (the
 * tokenizer has already rejected malformed literals such as {@code 0777}, {@code 1__0} or
 * {@code 0b12}) and returns a {@link Long} for an int that fits, a {@link BigInteger} for a larger
 * int, a {@link Double} for a float (overflow gives infinity, as {@code 1e999} does in CPython) or a
 * {@link ComplexConstant} with a zero real part for an imaginary literal.
 *
 * <p>The one error: a decimal int literal with more than 4300 digits (CPython's default int max
 * str digits) raises {@link LiteralError} with CPython's message and
 * {@link LiteralError#noColumns} set, since CPython reports it at the token's lines with column
 * offsets of -1 (so SyntaxError.offset and end_offset are 0). Hex, octal and binary literals have no
 * limit, and neither do imaginary or float literals, which are parsed as doubles.
 */
public final class NumberLiterals {
    private NumberLiterals() {}

    public static Object parse(String text) {
        int n = text.length();
        // Fast path: a short plain decimal int, by far the most common literal.
        if (n <= 18) {
            long v = 0;
            int i = 0;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') break;
                v = v * 10 + (c - '0');
            }
            if (i == n) return v;
        }
        String s = text.indexOf('_') >= 0 ? stripUnderscores(text) : text;
        n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ComplexConstant(0.0, Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n > 2 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            int radix = switch (k) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) return radixInt(s, 2, radix);
        }
        if (isAllDigits(s)) return decimalInt(s);
        return Double.parseDouble(s);
    }

    private static String stripUnderscores(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c != '_') sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static Object radixInt(String s, int from, int radix) {
        int n = s.length();
        // Skip leading zeros so the bit-length check below sees only significant digits.
        while (from < n - 1 && s.charAt(from) == '0') from++;
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        if ((long) (n - from) * bitsPerDigit <= 63) {
            return Long.parseLong(s, from, n, radix);
        }
        return narrow(new BigInteger(s.substring(from), radix));
    }

    private static Object decimalInt(String s) {
        int n = s.length();
        int from = 0;
        while (from < n - 1 && s.charAt(from) == '0') from++;
        int digits = n - from;
        if (digits <= 18) return Long.parseLong(s, from, n, 10);
        if (digits > ConstantRepr.INT_MAX_STR_DIGITS) {
            // CPython 3.12: Parser/pegen.c, _PyPegen_number_token (the ValueError becomes a SyntaxError)
            throw new LiteralError("Exceeds the limit (" + ConstantRepr.INT_MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    true);
        }
        return narrow(new BigInteger(s.substring(from)));
    }

    /** Long when the value fits, as the Constant contract requires. */
    private static Object narrow(BigInteger b) {
        return b.bitLength() <= 63 ? (Object) b.longValue() : b;
    }
}
