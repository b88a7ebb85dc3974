package kiln.runtime.exceptions;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.BytesOps;
import kiln.runtime.types.PyBytes;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError (CPython 3.12: Objects/exceptions.c,
 * UnicodeError_*): constructor argument checks, attributes and messages.
 */
final class UnicodeErrors {
    private UnicodeErrors() {}

    private static final int ENCODING = 0, OBJECT = 1, START = 2, END = 3, REASON = 4;

    /** What a constructor argument must be: PyArg_ParseTuple's U (str), O (anything) and n (Py_ssize_t). */
    private enum Arg { STR, ANY, SSIZE }

    static void install() {
        install(PyExceptions.UnicodeDecodeError, new int[] {ENCODING, OBJECT, START, END, REASON},
                new Arg[] {Arg.STR, Arg.ANY, Arg.SSIZE, Arg.SSIZE, Arg.STR});
        install(PyExceptions.UnicodeEncodeError, new int[] {ENCODING, OBJECT, START, END, REASON},
                new Arg[] {Arg.STR, Arg.STR, Arg.SSIZE, Arg.SSIZE, Arg.STR});
        install(PyExceptions.UnicodeTranslateError, new int[] {OBJECT, START, END, REASON},
                new Arg[] {Arg.STR, Arg.SSIZE, Arg.SSIZE, Arg.STR});
    }

    private static void install(PyType t, int[] slots, Arg[] kinds) {
        String[] names = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < names.length; i++) {
            int idx = i;
            if (idx == START || idx == END) {
                // Py_SSIZE_T members: 0 before initialisation, integers only, not deletable.
                t.getset(names[i], self -> {
                    PyObject v = raw((PyBaseException) self, idx);
                    return v == null ? PyInt.valueOf(0) : v;
                }, (d, self, v) -> {
                    if (v == null) throw Errors.typeError("can't delete numeric/char attribute");
                    if (!(v instanceof PyInt)) throw Errors.typeError("an integer is required");
                    ((PyBaseException) self).setAttr(idx, ssize(v));
                });
            } else {
                t.getset(names[i], self -> ((PyBaseException) self).attr(idx),
                        (d, self, v) -> ((PyBaseException) self).setAttr(idx, v));
            }
        }
        boolean decode = t == PyExceptions.UnicodeDecodeError;
        t.tp_init = (self, a, off, n, kw) -> {
            PyBaseException e = (PyBaseException) self;
            ExceptionSlots.noKeywords(self, kw);
            e.args = PyTuple.of(a, off, n);
            if (n != kinds.length) {
                throw Errors.typeError("function takes exactly " + kinds.length + " arguments (" + n + " given)");
            }
            PyObject[] values = new PyObject[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                PyObject v = a[off + i];
                switch (kinds[i]) {
                    case STR -> {
                        if (!(v instanceof PyStr)) {
                            throw Errors.typeError("argument " + (i + 1) + " must be str, not " + v.type().name());
                        }
                    }
                    case SSIZE -> v = ssize(v);
                    case ANY -> { }
                }
                values[i] = v;
            }
            if (decode) values[1] = new PyBytes(BytesOps.bufferArg(values[1]).copy());
            for (int i = 0; i < kinds.length; i++) e.setAttr(slots[i], values[i]);
        };
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject obj = raw(e, OBJECT);
            if (obj == null) return PyStr.EMPTY;  // not initialised
            String reason = Abstract.strJava(e.attr(REASON));
            String enc = Abstract.strJava(e.attr(ENCODING));
            long start = number(e, START), end = number(e, END);
            if (decode) {
                if (obj instanceof PyBytes b && start >= 0 && start < b.bytes.length && end == start + 1) {
                    return new PyStr("'" + enc + "' codec can't decode byte 0x" + String.format("%02x", b.bytes[(int) start] & 0xff)
                            + " in position " + start + ": " + reason);
                }
                return new PyStr("'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason);
            }
            String what = t == PyExceptions.UnicodeEncodeError ? "'" + enc + "' codec can't encode" : "can't translate";
            if (obj instanceof PyStr str && start >= 0 && start < str.length() && end == start + 1) {
                int c = str.codePointAt((int) start);
                String esc = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                return new PyStr(what + " character '" + esc + "' in position " + start + ": " + reason);
            }
            return new PyStr(what + " characters in position " + start + "-" + (end - 1) + ": " + reason);
        };
    }

    private static PyObject raw(PyBaseException e, int i) { return e.attrs == null ? null : e.attrs[i]; }

    private static long number(PyBaseException e, int i) {
        PyObject v = raw(e, i);
        return v == null ? 0 : PyNumber.asLong(v);
    }

    /** PyArg_ParseTuple's 'n': an index-able object that fits a Py_ssize_t. */
    private static PyInt ssize(PyObject v) {
        PyInt i = PyNumber.index(v);
        if (!i.isSmall()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return i;
    }
}
