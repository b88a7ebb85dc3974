package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;

/**
 * printf-style formatting, {@code fmt % args}, for str and for bytes (CPython 3.12: Objects/unicodeobject.c,
 * PyUnicode_Format, and Objects/bytesobject.c, _PyBytes_FormatEx). Bytes are formatted as a string of chars
 * 0..255 and converted back by the caller.
 */
public final class StrPercentFormat {
    private static final int LJUST = 1, SIGN = 2, BLANK = 4, ALT = 8, ZERO = 16;

    private final String fmt;
    private final boolean bytes;
    private final PyObject args;
    private final PyObject[] argv;
    private final PyObject dict;
    private int argIndex;
    /** -1 while a mapping key supplied the value (no positional args are consumed). */
    private int argCount;

    private StrPercentFormat(String fmt, PyObject args, boolean bytes) {
        this.fmt = fmt;
        this.bytes = bytes;
        this.args = args;
        if (args instanceof PyTuple t) {
            argv = t.items;
            argCount = argv.length;
        } else {
            argv = null;
            argCount = -1;
        }
        boolean mapping = args.type().mp_subscript != null && !(args instanceof PyTuple)
                && !(args instanceof PyStr) && !(bytes && (args instanceof PyBytes || args instanceof PyByteArray));
        dict = mapping ? args : null;
    }

    /** {@code str % args}. */
    public static PyStr format(PyStr fmt, PyObject args) {
        return new PyStr(new StrPercentFormat(fmt.value, args, false).run());
    }

    /** {@code bytes % args}: {@code fmt} and the result hold one byte per char. */
    public static String formatBytes(String fmt, PyObject args) {
        return new StrPercentFormat(fmt, args, true).run();
    }

    private PyObject nextArg() {
        if (argCount < 0) {
            // A single non-tuple argument: usable once.
            if (argIndex == 0) {
                argIndex = 1;
                return args;
            }
        } else if (argIndex < argCount) {
            return argv[argIndex++];
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private String run() {
        String f = fmt;
        int n = f.length();
        StringBuilder out = new StringBuilder(n + 16);
        boolean usedDict = false;
        int i = 0;
        while (i < n) {
            int pct = f.indexOf('%', i);
            if (pct < 0) {
                out.append(f, i, n);
                break;
            }
            out.append(f, i, pct);
            i = pct + 1;
            int fmtStart = pct;
            PyObject value = null;
            boolean haveValue = false;
            if (i < n && f.charAt(i) == '(') {
                if (dict == null) throw Errors.typeError("format requires a mapping");
                int depth = 1, ks = ++i;
                while (i < n && depth > 0) {
                    char c = f.charAt(i);
                    if (c == ')') depth--;
                    else if (c == '(') depth++;
                    i++;
                }
                if (depth > 0) throw Errors.valueError("incomplete format key");
                String key = f.substring(ks, i - 1);
                PyObject k = bytes ? new PyBytes(BytesOps.latin1(key)) : new PyStr(key);
                value = Abstract.getItem(dict, k);
                haveValue = true;
                usedDict = true;
                argCount = -1;
                argIndex = 1;
            }
            int flags = 0;
            while (i < n) {
                char c = f.charAt(i);
                int fl = c == '-' ? LJUST : c == '+' ? SIGN : c == ' ' ? BLANK : c == '#' ? ALT : c == '0' ? ZERO : 0;
                if (fl == 0) break;
                flags |= fl;
                i++;
            }
            long width = -1;
            if (i < n && f.charAt(i) == '*') {
                PyObject w = nextArg();
                if (!(w instanceof PyInt wi)) throw Errors.typeError("* wants int");
                width = asSize(wi, "width too big");
                if (width < 0) {
                    flags |= LJUST;
                    width = -width;
                }
                i++;
            } else {
                int s = i;
                long v = 0;
                while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                    if (v > (Integer.MAX_VALUE - 9) / 10) throw Errors.valueError("width too big");
                    v = v * 10 + (f.charAt(i++) - '0');
                }
                if (i > s) width = v;
            }
            long prec = -1;
            if (i < n && f.charAt(i) == '.') {
                i++;
                if (i < n && f.charAt(i) == '*') {
                    PyObject p = nextArg();
                    if (!(p instanceof PyInt pi)) throw Errors.typeError("* wants int");
                    prec = asSize(pi, "precision too big");
                    if (prec < 0) prec = 0;
                    i++;
                } else {
                    long v = 0;
                    while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                        if (v > (Integer.MAX_VALUE - 9) / 10) throw Errors.valueError("precision too big");
                        v = v * 10 + (f.charAt(i++) - '0');
                    }
                    prec = v;
                }
            }
            if (i >= n) throw Errors.valueError("incomplete format");
            int conv = f.codePointAt(i);
            i += Character.charCount(conv);
            if (conv == '%' && i - 1 == pct + 1) {
                out.append('%');
                continue;
            }
            if (!haveValue) value = nextArg();
            String body;
            switch (conv) {
                case 's', 'r', 'a', 'b' -> {
                    if (conv == 'b' && !bytes) throw unsupported(conv, i);
                    String t;
                    if (bytes) {
                        t = conv == 'r' || conv == 'a' ? PyStr.ascii(value) : bytesOf(value);
                    } else {
                        t = conv == 's' ? Abstract.strJava(value) : conv == 'r' ? Abstract.reprJava(value) : PyStr.ascii(value);
                    }
                    if (prec >= 0 && prec < t.length()) {
                        t = bytes ? t.substring(0, (int) prec) : t.substring(0, t.offsetByCodePoints(0, (int) Math.min(prec, t.codePointCount(0, t.length()))));
                    }
                    pad(out, t, width, flags & LJUST);
                    continue;
                }
                case 'c' -> {
                    pad(out, charOf(value), width, flags & LJUST);
                    continue;
                }
                case 'd', 'i', 'u', 'o', 'x', 'X' -> body = formatInt(value, conv, flags, prec);
                case 'e', 'E', 'f', 'F', 'g', 'G' -> body = formatFloat(value, conv, flags, prec);
                default -> throw unsupported(conv, i);
            }
            numeric(out, body, width, flags);
        }
        if (dict == null && (argCount >= 0 ? argIndex < argCount : argIndex == 0)) {
            throw Errors.typeError(bytes ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private int cpIndex(int charIndex) { return bytes ? charIndex : fmt.codePointCount(0, charIndex); }

    private kiln.runtime.PyException unsupported(int conv, int after) {
        int at = cpIndex(after - Character.charCount(conv));
        String shown = conv >= 31 && conv <= 126 ? String.valueOf((char) conv) : "?";
        return Errors.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(conv)
                + ") at index " + at);
    }

    private static long asSize(PyInt i, String msg) {
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < -Integer.MAX_VALUE) throw Errors.valueError(msg);
        return i.value;
    }

    private static void pad(StringBuilder out, String t, long width, int ljust) {
        long len = t.codePointCount(0, t.length());
        if (ljust == 0) for (long k = len; k < width; k++) out.append(' ');
        out.append(t);
        if (ljust != 0) for (long k = len; k < width; k++) out.append(' ');
    }

    /** Pads a number: sign and 0x prefix stay in front of zero padding. */
    private static void numeric(StringBuilder out, String body, long width, int flags) {
        int len = body.length();
        if (width <= len) {
            out.append(body);
            return;
        }
        long fill = width - len;
        if ((flags & LJUST) != 0) {
            out.append(body);
            for (long k = 0; k < fill; k++) out.append(' ');
            return;
        }
        if ((flags & ZERO) != 0) {
            int p = 0;
            if (p < len && (body.charAt(p) == '-' || body.charAt(p) == '+' || body.charAt(p) == ' ')) p++;
            if (p + 1 < len && body.charAt(p) == '0' && "xXo".indexOf(body.charAt(p + 1)) >= 0) p += 2;
            out.append(body, 0, p);
            for (long k = 0; k < fill; k++) out.append('0');
            out.append(body, p, len);
            return;
        }
        for (long k = 0; k < fill; k++) out.append(' ');
        out.append(body);
    }

    private String bytesOf(PyObject v) {
        BytesOps.Buf b = BytesOps.buffer(v);
        if (b != null) return BytesOps.latin1String(b.a(), b.off(), b.len());
        PyObject f = Abstract.lookupSpecial(v, PyStr.intern("__bytes__"));
        if (f != null) {
            PyObject r = Abstract.call(f);
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            return BytesOps.latin1String(rb.bytes, 0, rb.bytes.length);
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + v.type().name() + "'");
    }

    private String charOf(PyObject v) {
        if (bytes) {
            if (v instanceof PyBytes b && b.bytes.length == 1) return BytesOps.latin1String(b.bytes, 0, 1);
            if (v instanceof PyByteArray b && b.size == 1) return BytesOps.latin1String(b.items, 0, 1);
            if (v instanceof PyInt || v.type().nb_index != null) {
                PyInt i = PyNumber.index(v);
                if (i.big != null || i.value < 0 || i.value > 255) throw Errors.overflowError("%c arg not in range(256)");
                return String.valueOf((char) i.value);
            }
            throw Errors.typeError("%c requires an integer in range(256) or a single byte");
        }
        if (v instanceof PyStr s) {
            if (s.length() != 1) throw Errors.typeError("%c requires int or char");
            return s.value;
        }
        if (!(v instanceof PyInt) && v.type().nb_index == null) throw Errors.typeError("%c requires int or char");
        PyInt i = PyNumber.index(v);
        if (i.big != null || i.value < 0 || i.value > 0x10ffff) throw Errors.overflowError("%c arg not in range(0x110000)");
        return new String(Character.toChars((int) i.value));
    }

    // CPython 3.12: Objects/unicodeobject.c, mainformatlong / _PyUnicode_FormatLong
    private String formatInt(PyObject v, int conv, int flags, long prec) {
        PyInt iv;
        if (v instanceof PyInt pi) {
            iv = pi;
        } else {
            boolean numberish = v.type().nb_int != null || v.type().nb_index != null || v.type().nb_float != null;
            if (!numberish) {
                String what = conv == 'o' || conv == 'x' || conv == 'X' ? "an integer is required" : "a real number is required";
                throw Errors.typeError("%" + (char) conv + " format: " + what + ", not " + v.type().name());
            }
            if (conv == 'o' || conv == 'x' || conv == 'X') {
                if (v.type().nb_index == null) {
                    throw Errors.typeError("%" + (char) conv + " format: an integer is required, not " + v.type().name());
                }
                iv = PyNumber.index(v);
            } else if (v instanceof PyFloat fl) {
                double d = fl.value;
                if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
                if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
                iv = PyInt.valueOf(new java.math.BigDecimal(d).toBigInteger());
            } else if (v.type().nb_int != null) {
                PyObject r = v.type().nb_int.apply(v);
                if (!(r instanceof PyInt ri)) throw Errors.typeError("__int__ returned non-int (type " + r.type().name() + ")");
                iv = ri;
            } else {
                iv = PyNumber.index(v);
            }
        }
        boolean neg = iv.signum() < 0;
        String digits;
        int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
        if (iv.big == null) {
            digits = iv.value == Long.MIN_VALUE ? BigInteger.valueOf(iv.value).abs().toString(radix)
                    : Long.toString(Math.abs(iv.value), radix);
        } else if (radix == 10) {
            digits = IntParse.toDecimal(iv); // the int max str digits limit applies to %d as to str()
            if (neg) digits = digits.substring(1);
        } else {
            digits = iv.big.abs().toString(radix);
        }
        if (conv == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(digits.length() + 4);
        if (neg) b.append('-');
        else if ((flags & SIGN) != 0) b.append('+');
        else if ((flags & BLANK) != 0) b.append(' ');
        if ((flags & ALT) != 0 && radix != 10) b.append('0').append((char) (conv == 'o' ? 'o' : conv));
        for (long k = digits.length(); k < prec; k++) b.append('0');
        return b.append(digits).toString();
    }

    private String formatFloat(PyObject v, int conv, int flags, long prec) {
        double d;
        if (v instanceof PyFloat fl) d = fl.value;
        else {
            if (v.type().nb_float == null && v.type().nb_index == null && !(v instanceof PyInt)) {
                throw Errors.typeError("must be real number, not " + v.type().name());
            }
            d = PyNumber.asDouble(v);
        }
        if (prec < 0) prec = 6;
        boolean upper = conv == 'E' || conv == 'F' || conv == 'G';
        char mode = switch (conv) {
            case 'e', 'E' -> 'e';
            case 'f', 'F' -> 'f';
            default -> 'g';
        };
        String body = mode == 'f' && (flags & ALT) == 0 ? fastFixed(Math.abs(d), (int) prec) : null;
        if (body == null) body = FloatFormat.render(Math.abs(d), mode, (int) prec, (flags & ALT) != 0, false, upper);
        StringBuilder b = new StringBuilder(body.length() + 1);
        if (FloatFormat.isNegative(d)) b.append('-');
        else if ((flags & SIGN) != 0) b.append('+');
        else if ((flags & BLANK) != 0) b.append(' ');
        return b.append(body).toString();
    }

    /**
     * '%.{p}f' of a non-negative double from its shortest round-trip digits, or null when that could round
     * differently from the exact binary value (an exact tie, or more digits than a double carries); then the
     * exact BigDecimal path decides. Rounding the shortest digits is safe otherwise: a rounding midpoint between
     * them and the exact value would itself be a shorter (or closer) round-trip string.
     */
    static String fastFixed(double a, int p) {
        if (!(a == 0 || a >= 1e-3 && a < 1e7) || p > 15) return null;
        String s = Double.toString(a);
        int dot = s.indexOf('.');
        if (dot < 0 || s.indexOf('E') >= 0) return null;
        String ip = s.substring(0, dot), fr = s.substring(dot + 1);
        if (fr.equals("0")) fr = "";
        int k = fr.length();
        StringBuilder b = new StringBuilder(ip.length() + p + 2);
        if (p >= k) {
            if ((ip.equals("0") ? 0 : ip.length()) + p > 15) return null;
            b.append(ip);
            if (p > 0) {
                b.append('.').append(fr);
                for (int i = k; i < p; i++) b.append('0');
            }
            return b.toString();
        }
        String tail = fr.substring(p);
        if (tail.equals("5")) return null;
        char[] digits = (ip + fr.substring(0, p)).toCharArray();
        if (tail.charAt(0) >= '5') {
            int i = digits.length - 1;
            while (i >= 0 && digits[i] == '9') digits[i--] = '0';
            if (i < 0) b.append('1');
            else digits[i]++;
        }
        int intLen = digits.length - p + (b.length());
        b.append(digits);
        if (p > 0) b.insert(intLen, '.');
        return b.toString();
    }
}
