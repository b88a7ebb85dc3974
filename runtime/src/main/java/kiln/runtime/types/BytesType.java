package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;

/** Slots and methods of {@code bytes} (CPython 3.12: Objects/bytesobject.c); the shared ones are in {@link BytesOps}. */
final class BytesType {
    private BytesType() {}

    private static final ArgParser NEW_ARGS = new ArgParser("bytes", new String[] {"source", "encoding", "errors"}, 0, 0, 3);

    static String strArg(PyObject o, String fname, String arg) {
        if (o == null) return null;
        if (!(o instanceof PyStr s)) throw Errors.typeError(fname + "() argument '" + arg + "' must be str, not " + StrType.argType(o));
        return s.value();
    }

    /** bytes(x) / bytearray(x) conversion of one source object, with the kind's messages. */
    static byte[] fromSource(PyObject x, String encoding, String errors, String kind) {
        if (encoding != null) {
            if (!(x instanceof PyStr s)) throw Errors.typeError("encoding without a string argument");
            return Codecs.encode(s, encoding, errors == null ? "strict" : errors);
        }
        if (errors != null) {
            throw Errors.typeError(x instanceof PyStr ? "string argument without an encoding" : "errors without a string argument");
        }
        if (kind.equals("bytes")) {
            PyObject f = Abstract.lookupSpecial(x, PyStr.intern("__bytes__"));
            if (f != null) {
                PyObject r = Abstract.call(f);
                if (!(r instanceof PyBytes rb)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
                }
                return rb.bytes;
            }
        }
        if (x instanceof PyStr) throw Errors.typeError("string argument without an encoding");
        if (x instanceof PyInt || x.type().nb_index != null) {
            long size;
            try {
                size = PyNumber.asLong(x);
            } catch (PyException e) {
                if (!e.matches(PyExceptions.TypeError)) throw e;
                return fromObject(x, kind);
            }
            if (size < 0) throw Errors.valueError("negative count");
            if (size > Integer.MAX_VALUE - 8) throw Errors.of(PyExceptions.MemoryError, new PyObject[0]);
            return new byte[(int) size];
        }
        return fromObject(x, kind);
    }

    static byte[] fromObject(PyObject x, String kind) {
        BytesOps.Buf b = BytesOps.buffer(x);
        if (b != null) return b.copy();
        if (x.type().tp_iter == null && x.type().mp_subscript == null || x instanceof PyStr) {
            throw Errors.typeError("cannot convert '" + x.type().name() + "' object to " + kind);
        }
        PyObject[] items = Abstract.toArray(x);
        byte[] out = new byte[items.length];
        String range = kind.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
        for (int i = 0; i < items.length; i++) {
            PyObject o = items[i];
            long v;
            if (o instanceof PyInt pi && pi.big == null) v = pi.value;
            else {
                PyInt pi = PyNumber.index(o);
                v = pi.big != null ? -1 : pi.value;
            }
            if (v < 0 || v > 255) throw Errors.valueError(range);
            out[i] = (byte) v;
        }
        return out;
    }

    static void init(PyType t) {
        t.tp_new = (type, a, off, n, kw) -> {
            PyObject[] p = NEW_ARGS.parse(a, off, n, kw);
            String enc = strArg(p[1], "bytes", "encoding"), err = strArg(p[2], "bytes", "errors");
            byte[] r;
            if (p[0] == null) {
                if (enc != null || err != null) {
                    throw Errors.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
                }
                if (type == PyBytes.TYPE) return PyBytes.EMPTY;
                r = new byte[0];
            } else {
                if (type == PyBytes.TYPE && p[0].type() == PyBytes.TYPE && enc == null && err == null) return p[0];
                r = fromSource(p[0], enc, err, "bytes");
            }
            return type == PyBytes.TYPE ? new PyBytes(r) : new PyBytes(type, r);
        };
        t.tp_repr = self -> new PyStr(BytesOps.repr(((PyBytes) self).bytes, 0, ((PyBytes) self).bytes.length));
        t.tp_str = t.tp_repr;
        t.tp_hash = self -> ((PyBytes) self).hash();
        t.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof PyBytes o)) return PyNotImplemented.INSTANCE;
            byte[] x = ((PyBytes) self).bytes;
            return BytesOps.richCompare(x, x.length, o.bytes, o.bytes.length, op);
        };
        t.mp_subscript = (self, key) -> BytesOps.getItem(self, key, "byte");
        t.sq_concat = BytesOps::concat;
        t.sq_repeat = BytesOps::repeat;
        t.method("__add__", BytesOps::concat);
        t.method("__mul__", BytesOps::repeat);
        t.method("__rmul__", BytesOps::repeat);
        t.method("__getnewargs__", self -> PyTuple.of(new PyBytes(((PyBytes) self).bytes)));
        t.method("__bytes__", self -> self.type() == PyBytes.TYPE ? self : new PyBytes(((PyBytes) self).bytes));
        BytesOps.registerCommon(t, "bytes");
    }
}
