package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.PyExceptions;

/**
 * {@code str.format} and {@code str.format_map} (CPython 3.12: Objects/stringlib/unicode_format.h): literal
 * text, {@code {field!conv:spec}} replacement fields with attribute and index lookups, nested fields inside
 * the spec, and automatic or manual numbering.
 */
public final class StrFormat {
    private final PyObject[] args;
    private final int off, nargs;
    /** Keyword values by name (str.format), or the mapping of format_map; null for none. */
    private final PyDict kwargs;
    private final PyObject mapping;
    private final boolean positionalAllowed;
    /** 0 = not decided, 1 = automatic, 2 = manual. */
    private int numbering;
    private int nextAuto;

    private StrFormat(PyObject[] args, int off, int nargs, PyDict kwargs, PyObject mapping, boolean positionalAllowed) {
        this.args = args;
        this.off = off;
        this.nargs = nargs;
        this.kwargs = kwargs;
        this.mapping = mapping;
        this.positionalAllowed = positionalAllowed;
    }

    /** {@code fmt.format(*args, **kw)} with vectorcall arguments. */
    public static String format(String fmt, PyObject[] a, int off, int n, PyStr[] kw) {
        PyDict d = null;
        if (kw != null && kw.length > 0) {
            d = new PyDict();
            for (int k = 0; k < kw.length; k++) d.setItem(kw[k], a[off + n + k]);
        }
        if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
        return new StrFormat(a, off, n, d, null, true).render(fmt, 2);
    }

    /** {@code fmt.format(*args, **kwargs)} given the dict itself (its keys may be any objects). */
    public static String format(String fmt, PyObject[] a, int off, int n, PyDict kwargs) {
        if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
        return new StrFormat(a, off, n, kwargs, null, true).render(fmt, 2);
    }

    public static String formatMap(String fmt, PyObject mapping) {
        return new StrFormat(null, 0, 0, null, mapping, false).render(fmt, 2);
    }

    /** format(value, spec): __format__ looked up on the type, the result checked to be a str. */
    public static String formatValue(PyObject value, String spec) {
        if (value.type() == PyStr.TYPE) {
            String v = ((PyStr) value).value;
            return spec.isEmpty() ? v : StrType.formatStr(v, spec);
        }
        if (spec.isEmpty() && value instanceof PyInt i && value.type() == PyInt.TYPE) {
            return i.big == null ? Long.toString(i.value) : Abstract.strJava(i);
        }
        PyObject f = Abstract.lookupSpecial(value, PyStr.intern("__format__"));
        if (f == null) {
            throw Errors.typeError("Type " + value.type().name() + " doesn't define __format__");
        }
        PyObject r = Abstract.call(f, new PyStr(spec));
        if (!(r instanceof PyStr rs)) {
            throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        }
        return rs.value;
    }

    private String render(String fmt, int depth) {
        if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length(), i = 0;
        while (i < n) {
            // Literal text up to a brace.
            int litStart = i;
            char c = 0;
            boolean markup = false;
            while (i < n) {
                c = fmt.charAt(i++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = i >= n;
            int litEnd = i;
            if (markup) {
                if (c == '}' && (atEnd || fmt.charAt(i) != '}')) {
                    throw Errors.valueError("Single '}' encountered in format string");
                }
                if (atEnd && c == '{') throw Errors.valueError("Single '{' encountered in format string");
                if (fmt.charAt(i) == c) {
                    i++;  // doubled brace: literal, keep the first
                    markup = false;
                } else {
                    litEnd--;
                }
            }
            out.append(fmt, litStart, litEnd);
            if (!markup) continue;
            i = field(out, fmt, i, depth);
        }
        return out.toString();
    }

    /** Parses and renders the field starting after its '{'; returns the position after its '}'. */
    private int field(StringBuilder out, String fmt, int i, int depth) {
        // CPython 3.12: Objects/stringlib/unicode_format.h, parse_field
        int n = fmt.length(), nameStart = i;
        char c = 0;
        while (i < n) {
            c = fmt.charAt(i++);
            if (c == '{') throw Errors.valueError("unexpected '{' in field name");
            if (c == '[') {
                while (i < n && fmt.charAt(i) != ']') i++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        int nameEnd = i - 1;
        int conversion = 0;
        String spec = "";
        boolean nested = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (i >= n) throw Errors.valueError("end of string while looking for conversion specifier");
                conversion = fmt.charAt(i++);
                if (i < n) {
                    char d = fmt.charAt(i++);
                    if (d == '}') done = true;
                    else if (d != ':') throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
            if (!done) {
                int specStart = i, count = 1;
                while (true) {
                    if (i >= n) throw Errors.valueError("unmatched '{' in format spec");
                    char d = fmt.charAt(i++);
                    if (d == '{') {
                        nested = true;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        break;
                    }
                }
                spec = fmt.substring(specStart, i - 1);
            }
        } else if (c != '}') {
            throw Errors.valueError("expected '}' before end of string");
        }
        render(out, fmt.substring(nameStart, nameEnd), conversion, spec, nested, depth);
        return i;
    }

    private void render(StringBuilder out, String name, int conversion, String spec, boolean nested, int depth) {
        PyObject value = lookup(name);
        switch (conversion) {
            case 0 -> { }
            case 'r' -> value = Abstract.repr(value);
            case 's' -> value = Abstract.str(value);
            case 'a' -> value = new PyStr(PyStr.ascii(value));
            default -> {
                if (conversion > 32 && conversion < 127) {
                    throw Errors.valueError("Unknown conversion specifier " + (char) conversion);
                }
                throw Errors.valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
            }
        }
        if (nested) spec = render(spec, depth - 1);
        out.append(formatValue(value, spec));
    }

    /** Resolves "name.attr[key]..." to an object. */
    private PyObject lookup(String name) {
        // CPython 3.12: Objects/stringlib/unicode_format.h, field_name_split and FieldNameIterator_next
        int n = name.length(), i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        String first = name.substring(0, i);
        PyObject obj;
        if (first.isEmpty()) {
            if (numbering == 2) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            obj = positional(nextAuto++);
        } else {
            long idx = integer(first);
            if (idx >= 0) {
                if (numbering == 1) {
                    throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                numbering = 2;
                obj = positional(idx);
            } else {
                obj = keyword(first);
            }
        }
        while (i < n) {
            char c = name.charAt(i++);
            if (c == '.') {
                int s = i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
                if (i == s) throw Errors.valueError("Empty attribute in format string");
                obj = Abstract.getAttr(obj, PyStr.intern(name.substring(s, i)));
            } else if (c == '[') {
                int s = i;
                while (i < n && name.charAt(i) != ']') i++;
                if (i >= n) throw Errors.valueError("Missing ']' in format string");
                if (i == s) throw Errors.valueError("Empty attribute in format string");
                String key = name.substring(s, i);
                i++;
                if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                long k = integer(key);
                obj = Abstract.getItem(obj, k >= 0 ? PyInt.valueOf(k) : new PyStr(key));
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    /** The decimal value of an all-digit name, else -1. */
    private static long integer(String s) {
        if (s.isEmpty()) return -1;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0 || !Character.isDigit(s.charAt(i))) return -1;
            if (v > (Long.MAX_VALUE - d) / 10) throw Errors.valueError("Too many decimal digits in format string");
            v = v * 10 + d;
        }
        return v;
    }

    private PyObject positional(long idx) {
        if (!positionalAllowed) throw Errors.valueError("Format string contains positional fields");
        if (idx >= nargs) {
            throw Errors.of(PyExceptions.IndexError, "Replacement index " + idx + " out of range for positional args tuple");
        }
        return args[off + (int) idx];
    }

    private PyObject keyword(String key) {
        PyStr k = new PyStr(key);
        if (mapping != null) return Abstract.getItem(mapping, k);
        PyObject v = kwargs == null ? null : kwargs.getItem(k);
        if (v == null) throw Errors.keyError(k);
        return v;
    }
}
