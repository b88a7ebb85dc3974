package kiln.runtime.interp;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyStr;

/** FORMAT_VALUE's conversions and the format protocol (CPython: PyObject_Format, PyObject_ASCII). */
public final class Format {
    private Format() {}

    private static final PyStr FORMAT = PyStr.intern("__format__");

    /** format(v, spec); spec null means "". */
    public static PyObject format(PyObject v, PyObject spec) {
        if (spec == null || (spec instanceof PyStr s && s.value().isEmpty())) {
            if (v.type() == PyStr.TYPE) return v;
            if (v.type() == PyInt.TYPE) return Abstract.str(v);
            spec = PyStr.EMPTY;
        }
        PyObject meth = Abstract.lookupSpecial(v, FORMAT);
        if (meth == null) throw Errors.typeError("Type " + v.type().name() + " doesn't define __format__");
        PyObject r = Abstract.call(meth, spec);
        if (!(r instanceof PyStr)) throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        return r;
    }

    /** ascii(v): repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyObject v) {
        String r = Abstract.repr(v).value();
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 128) {
                if (sb == null) sb = new StringBuilder(r.substring(0, i));
                if (c < 0x100) sb.append(String.format("\\x%02x", c));
                else if (c < 0x10000) sb.append(String.format("\\u%04x", c));
                else sb.append(String.format("\\U%08x", c));
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += n;
        }
        return sb == null ? Abstract.repr(v) : new PyStr(sb.toString());
    }
}
