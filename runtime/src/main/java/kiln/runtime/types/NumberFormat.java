package kiln.runtime.types;

import kiln.runtime.Errors;

/**
 * {@code __format__} of int, float and complex: the standard format mini-language
 * (CPython 3.12: Python/formatter_unicode.c, format_long_internal / format_float_internal /
 * format_complex_internal, with calc_number_widths and fill_number for the layout).
 */
public final class NumberFormat {
    private NumberFormat() {}

    // --- int ---

    public static String formatInt(PyInt v, String specText) {
        String typeName = v.type().name();
        FormatSpec spec = FormatSpec.parse(specText, typeName, 'd', '>');
        switch (spec.type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(IntMath.toDouble(v), spec, typeName);
            default:
                break;
        }
        if (spec.noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.precision >= 0) throw Errors.valueError("Precision not allowed in integer format specifier");
        String digits, prefix = "";
        boolean negative = v.signum() < 0;
        switch (spec.type) {
            case 'c' -> {
                if (spec.sign != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
                if (spec.alternate) {
                    throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
                }
                if (v.big != null) throw Errors.overflowError("Python int too large to convert to C long");
                if (v.value < 0 || v.value > 0x10ffff) {
                    throw Errors.overflowError("%c arg not in range(0x110000)");
                }
                return layout(spec, false, "", new String(Character.toChars((int) v.value)), "", 3);
            }
            case 'b' -> { digits = IntParse.toBase(v, 2); prefix = "0b"; }
            case 'o' -> { digits = IntParse.toBase(v, 8); prefix = "0o"; }
            case 'x' -> { digits = IntParse.toBase(v, 16); prefix = "0x"; }
            case 'X' -> { digits = IntParse.toBase(v, 16).toUpperCase(); prefix = "0X"; }
            case 'd', 'n' -> {
                String s = IntParse.toDecimal(v);
                digits = negative ? s.substring(1) : s;
            }
            default -> throw spec.unknownType(typeName);
        }
        if (!spec.alternate) prefix = "";
        int groupEvery = spec.type == 'b' || spec.type == 'o' || spec.type == 'x' || spec.type == 'X' ? 4 : 3;
        return layout(spec, negative, prefix, digits, "", groupEvery);
    }

    // --- float ---

    public static String formatFloat(double v, String specText) {
        if (specText.isEmpty()) return FloatFormat.repr(v);
        return formatFloat(v, FormatSpec.parse(specText, "float", 0, '>'), "float");
    }

    /** float.__format__ for an instance whose type name (a subclass) appears in messages. */
    public static String formatFloat(double v, String specText, String typeName) {
        if (specText.isEmpty()) return FloatFormat.repr(v);
        return formatFloat(v, FormatSpec.parse(specText, typeName, 0, '>'), typeName);
    }

    static String formatFloat(double v, FormatSpec spec, String typeName) {
        int type = spec.type;
        long precision = spec.precision;
        boolean addDot0 = false;
        char mode;
        switch (type) {
            case 0 -> {
                addDot0 = true;
                mode = precision < 0 ? 'r' : 'g';
            }
            case 'e', 'E' -> mode = 'e';
            case 'f', 'F', '%' -> mode = 'f';
            case 'g', 'G', 'n' -> mode = 'g';
            default -> throw spec.unknownType(typeName);
        }
        if (precision < 0) precision = 6;
        if (precision > Integer.MAX_VALUE) throw Errors.valueError("precision too big");
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        double x = type == '%' ? v * 100 : v;
        boolean negative = FloatFormat.isNegative(x);
        String body = FloatFormat.render(Math.abs(x), mode, (int) precision, spec.alternate, addDot0, upper);
        if (type == '%') body = body + "%";
        if (negative && spec.noNegZero && FloatFormat.allZero(body) && !Double.isInfinite(x)) negative = false;
        // Split the body into the digits before the decimal point (which get grouped) and the rest.
        int k = 0;
        while (k < body.length() && Character.isDigit(body.charAt(k))) k++;
        String intDigits = body.substring(0, k), rest = body.substring(k);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            intDigits = "";
            rest = body;
        }
        return layout(spec, negative, "", intDigits, rest, 3);
    }

    // --- complex ---

    public static String formatComplex(PyComplex c, String specText) {
        if (specText.isEmpty()) return ComplexType.repr(c.real, c.imag);
        String typeName = c.type().name();
        FormatSpec spec = FormatSpec.parse(specText, typeName, 0, '>');
        int type = spec.type;
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw spec.unknownType(typeName);
        }
        if (spec.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        long precision = spec.precision;
        boolean addDot0 = false, skipReal = false, parens = false;
        char mode;
        switch (type) {
            case 0 -> {
                addDot0 = false;
                mode = precision < 0 ? 'r' : 'g';
                skipReal = c.real == 0 && !FloatFormat.isNegative(c.real);
                parens = !skipReal;
            }
            case 'e', 'E' -> mode = 'e';
            case 'f', 'F' -> mode = 'f';
            case 'g', 'G', 'n' -> mode = 'g';
            default -> throw spec.unknownType(typeName);
        }
        if (precision < 0) precision = 6;
        if (precision > Integer.MAX_VALUE) throw Errors.valueError("precision too big");
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        String re = FloatFormat.render(Math.abs(c.real), mode, (int) precision, spec.alternate, addDot0, upper);
        String im = FloatFormat.render(Math.abs(c.imag), mode, (int) precision, spec.alternate, addDot0, upper);
        boolean reNeg = FloatFormat.isNegative(c.real), imNeg = FloatFormat.isNegative(c.imag);
        if (spec.noNegZero) {
            if (reNeg && FloatFormat.allZero(re) && !Double.isInfinite(c.real)) reNeg = false;
            if (imNeg && FloatFormat.allZero(im) && !Double.isInfinite(c.imag)) imNeg = false;
        }
        // Each part is laid out with no width; the whole is then padded (fill and alignment only).
        FormatSpec partSpec = spec;
        StringBuilder b = new StringBuilder();
        if (parens) b.append('(');
        if (!skipReal) {
            b.append(layoutParts(partSpec, reNeg, spec.sign, re));
        }
        char imSign = skipReal ? spec.sign : '+';
        b.append(layoutParts(partSpec, imNeg, imSign, im));
        b.append('j');
        if (parens) b.append(')');
        return padOnly(spec, b.toString());
    }

    private static String layoutParts(FormatSpec spec, boolean negative, char signMode, String body) {
        int k = 0;
        while (k < body.length() && Character.isDigit(body.charAt(k))) k++;
        String intDigits = body.substring(0, k), rest = body.substring(k);
        if (body.equals("inf") || body.equals("nan") || body.equals("INF") || body.equals("NAN")) {
            intDigits = "";
            rest = body;
        }
        String sign = signOf(signMode, negative);
        return sign + (intDigits.isEmpty() ? "" : group(intDigits, spec.grouping, 3, 0)) + rest;
    }

    private static String padOnly(FormatSpec spec, String s) {
        return spec.pad(s);
    }

    // --- shared layout ---

    private static String signOf(char mode, boolean negative) {
        if (negative) return "-";
        if (mode == '+') return "+";
        if (mode == ' ') return " ";
        return "";
    }

    /**
     * sign, prefix, grouped digits and the rest, padded to the width: '=' puts padding between sign/prefix and
     * digits, and zero padding with grouping groups the zeros too, like CPython.
     */
    static String layout(FormatSpec spec, boolean negative, String prefix, String digits, String rest, int groupEvery) {
        String sign = signOf(spec.sign, negative);
        char sep = spec.grouping;
        int fixedLen = sign.length() + prefix.length() + rest.codePointCount(0, rest.length());
        long minWidth = spec.fill == '0' && spec.align == '=' && sep != 0 ? spec.width - fixedLen : 0;
        String grouped = sep != 0 && !digits.isEmpty() ? group(digits, sep, groupEvery, minWidth) : digits;
        int len = fixedLen + grouped.length();
        long padding = spec.width - len;
        if (padding <= 0) return sign + prefix + grouped + rest;
        if (padding > FormatSpec.MAX_TEXT - len) throw FormatSpec.tooBig();
        StringBuilder b = new StringBuilder((int) (len + padding));
        switch (spec.align) {
            case '<' -> {
                b.append(sign).append(prefix).append(grouped).append(rest);
                FormatSpec.repeat(b, spec.fill, padding);
            }
            case '^' -> {
                FormatSpec.repeat(b, spec.fill, padding / 2);
                b.append(sign).append(prefix).append(grouped).append(rest);
                FormatSpec.repeat(b, spec.fill, padding - padding / 2);
            }
            case '=' -> {
                b.append(sign).append(prefix);
                FormatSpec.repeat(b, spec.fill, padding);
                b.append(grouped).append(rest);
            }
            default -> {
                FormatSpec.repeat(b, spec.fill, padding);
                b.append(sign).append(prefix).append(grouped).append(rest);
            }
        }
        return b.toString();
    }

    /** Inserts separators every {@code every} digits from the right, zero-extending to {@code minWidth}. */
    static String group(String digits, char sep, int every, long minWidth) {
        if (sep == 0) return digits;
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        long mw = minWidth;
        boolean first = true;
        while (true) {
            int l = (int) Math.min(every, Math.max(Math.max(remaining, mw), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (!first) out.append(sep);
            first = false;
            // Built backwards, reversed at the end.
            for (int i = 0; i < chars; i++) out.append(digits.charAt(remaining - 1 - i));
            for (int i = 0; i < zeros; i++) out.append('0');
            remaining -= chars;
            mw -= l;
            if (remaining <= 0 && mw <= 0) break;
            mw -= 1;
        }
        return out.reverse().toString();
    }
}
