package kiln.runtime.exceptions;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError attributes and messages. */
final class UnicodeErrors {
    private UnicodeErrors() {}

    static void install() {
        install(PyExceptions.UnicodeDecodeError, 5, true);
        install(PyExceptions.UnicodeEncodeError, 5, true);
        install(PyExceptions.UnicodeTranslateError, 4, false);
    }

    private static void install(PyType t, int nargs, boolean hasEncoding) {
        String[] names = hasEncoding ? new String[] {"encoding", "object", "start", "end", "reason"}
                                     : new String[] {"object", "start", "end", "reason"};
        int base = hasEncoding ? 0 : 1;
        String[] all = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < all.length; i++) {
            int idx = i;
            t.getset(all[i], self -> ((PyBaseException) self).attr(idx),
                    (d, self, v) -> ((PyBaseException) self).setAttr(idx, v));
        }
        t.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.of(a, off, n);
            if (n != nargs) {
                throw Errors.typeError("function takes exactly " + nargs + " arguments (" + n + " given)");
            }
            for (int i = 0; i < names.length; i++) e.setAttr(base + i, a[off + i]);
            if (hasEncoding && !(a[off] instanceof PyStr)) {
                throw Errors.typeError("argument 1 must be str, not " + a[off].type().name());
            }
        };
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            if (e.attrs == null) return new PyStr(e.strJava());
            PyObject obj = e.attr(1);
            long start = PyNumber.asLong(e.attr(2)), end = PyNumber.asLong(e.attr(3));
            String reason = Abstract.strJava(e.attr(4));
            String enc = hasEncoding ? Abstract.strJava(e.attr(0)) : null;
            if (t == PyExceptions.UnicodeDecodeError) {
                if (end == start + 1) {
                    long b = PyNumber.asLong(Abstract.getItem(obj, PyInt.valueOf(start)));
                    return new PyStr("'" + enc + "' codec can't decode byte 0x" + String.format("%02x", b & 0xff)
                            + " in position " + start + ": " + reason);
                }
                return new PyStr("'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason);
            }
            String what = t == PyExceptions.UnicodeEncodeError ? "'" + enc + "' codec can't encode" : "can't translate";
            if (end == start + 1 && obj instanceof PyStr str && start < str.length()) {
                int c = str.codePointAt((int) start);
                String esc = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                return new PyStr(what + " character '" + esc + "' in position " + start + ": " + reason);
            }
            return new PyStr(what + " characters in position " + start + "-" + (end - 1) + ": " + reason);
        };
    }
}
