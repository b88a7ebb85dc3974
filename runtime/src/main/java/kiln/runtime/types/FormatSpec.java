package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyException;

/**
 * A parsed standard format specifier, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}
 * (CPython 3.12: Python/formatter_unicode.c, parse_internal_render_format_spec), shared by the int, float,
 * complex and str {@code __format__} implementations. Parsing checks only what the spec alone can tell; each
 * type then checks its own rules (the {@code *Error} helpers give CPython's messages).
 */
public final class FormatSpec {
    /** Fill code point (default ' '). */
    public final int fill;
    /** One of {@code < > = ^}; the caller's default when not given. */
    public final char align;
    public final boolean fillSpecified, alignSpecified;
    /** {@code '+'}, {@code '-'}, {@code ' '} or 0 when absent. */
    public final char sign;
    /** The {@code z} option: negative zero after rounding is shown as zero. */
    public final boolean noNegZero;
    /** The {@code #} option. */
    public final boolean alternate;
    /** Minimum width, -1 when absent. */
    public final long width;
    /** {@code ','}, {@code '_'} or 0 when absent. */
    public final char grouping;
    /** Precision, -1 when absent. */
    public final long precision;
    /** The presentation type code point, or the caller's default (0 for "none given"). */
    public final int type;
    /** The spec text, for messages. */
    public final String text;

    private FormatSpec(String text, int fill, char align, boolean fillSpecified, boolean alignSpecified, char sign,
                       boolean noNegZero, boolean alternate, long width, char grouping, long precision, int type) {
        this.text = text;
        this.fill = fill;
        this.align = align;
        this.fillSpecified = fillSpecified;
        this.alignSpecified = alignSpecified;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

    /**
     * Parses {@code spec} for an object of type {@code typeName}.
     *
     * @param defaultType  type used when none is given (0 for none; int passes 'd', str 's')
     * @param defaultAlign '>' for numbers, '<' for strings
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length, pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false, alignSpecified = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos];
            pos++;
        }
        boolean noNegZero = false;
        if (end - pos >= 1 && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        // '0' before the width: zero fill, and for numbers sign-aware padding unless an alignment was given.
        if (!fillSpecified && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') align = '=';
            pos++;
        }
        long[] num = new long[1];
        int start = pos;
        pos = integer(cp, pos, end, num);
        long width = pos == start ? -1 : num[0];
        char grouping = 0;
        if (end - pos >= 1 && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '_') {
            if (grouping != 0) throw Errors.valueError("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == ',') {
            if (grouping == '_') throw Errors.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (end - pos >= 1 && cp[pos] == '.') {
            pos++;
            start = pos;
            pos = integer(cp, pos, end, num);
            if (pos == start) throw Errors.valueError("Format specifier missing precision");
            precision = num[0];
        }
        if (end - pos > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) type = cp[pos];
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (grouping == '_') break;
                    throw Errors.valueError("Cannot specify '" + grouping + "' with " + quoteCode(type) + ".");
                default:
                    throw Errors.valueError("Cannot specify '" + grouping + "' with " + quoteCode(type) + ".");
            }
        }
        return new FormatSpec(spec, fill, align, fillSpecified, alignSpecified, sign, noNegZero, alternate, width,
                grouping, precision, type);
    }

    /** Reads decimal digits into out[0]; returns the new position. Overflow past a 64-bit size is an error. */
    private static int integer(int[] cp, int pos, int end, long[] out) {
        long acc = 0;
        for (; pos < end; pos++) {
            int d = Character.digit(cp[pos], 10);
            if (d < 0 || !Character.isDigit(cp[pos])) break;
            if (acc > (Long.MAX_VALUE - d) / 10) throw Errors.valueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        out[0] = acc;
        return pos;
    }

    /** A presentation code as CPython prints it in messages: 'x', or '\x1' for unprintable ones. */
    public static String quoteCode(int c) {
        if (c > 32 && c < 128) return "'" + (char) c + "'";
        return "'\\x" + Integer.toHexString(c) + "'";
    }

    /** "Unknown format code 'q' for object of type 'int'". */
    public PyException unknownType(String typeName) {
        return Errors.valueError("Unknown format code " + quoteCode(type) + " for object of type '"
                + typeName + "'");
    }

    /** True when the spec says nothing at all (format(x, '') is str(x) for most types). */
    public boolean isEmpty() { return text.isEmpty(); }

    /**
     * Pads already-formatted text to the width with fill and alignment ('=' is treated as '<' here; numeric
     * padding after the sign is done by the number formatter itself).
     */
    public String pad(String s) {
        int n = s.codePointCount(0, s.length());
        if (width <= n) return s;
        long total = width - n;
        if (total > MAX_TEXT - s.length()) throw tooBig();
        long left = switch (align) {
            case '>' -> total;
            case '^' -> total / 2;
            default -> 0;
        };
        long right = total - left;
        StringBuilder b = new StringBuilder((int) (s.length() + total));
        repeat(b, fill, left);
        b.append(s);
        repeat(b, fill, right);
        return b.toString();
    }

    /** Longest result built; beyond it CPython would need gigabytes too, so it is a MemoryError here. */
    static final long MAX_TEXT = 1L << 30;

    static PyException tooBig() {
        return Errors.of(kiln.runtime.exceptions.PyExceptions.MemoryError, new kiln.runtime.PyObject[0]);
    }

    static void repeat(StringBuilder b, int cp, long n) {
        for (long i = 0; i < n; i++) b.appendCodePoint(cp);
    }
}
