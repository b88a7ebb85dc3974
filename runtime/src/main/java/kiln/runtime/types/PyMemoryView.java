package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code memoryview} over bytes and bytearray (CPython 3.12: Objects/memoryobject.c), one-dimensional: a start
 * byte offset, a length in items and a stride in bytes. The backing array is fetched from the exporter on every
 * access, so a bytearray that grows is seen as it is now; a view never reads past the exporter's current size.
 * Formats: B, b, c and the native integer and float codes (h H i I l L q Q n N f d ?), little-endian.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview", PyType.OBJECT, PyType.SEQUENCE);
    private static final ArgParser NEW_ARGS = new ArgParser("memoryview", new String[] {"object"}, 0, 1, 1);
    private static final ArgParser CAST_ARGS = new ArgParser("cast", new String[] {"format", "shape"}, 0, 1, 2);
    private static final ArgParser TOBYTES_ARGS = new ArgParser("tobytes", new String[] {"order"}, 0, 0, 1);
    private static final ArgParser HEX_ARGS = new ArgParser("hex", new String[] {"sep", "bytes_per_sep"}, 0, 0, 2);

    /** The exporting object (bytes or bytearray). */
    final PyObject obj;
    final int start, length, stride, itemsize;
    final char format;
    final boolean readonly;
    boolean released;

    PyMemoryView(PyObject obj, int start, int length, int stride, char format, int itemsize, boolean readonly) {
        super(TYPE);
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.stride = stride;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
        if (obj instanceof PyByteArray ba) ba.addExport(this);
    }

    /** memoryview.release(): the exporter may be resized again once no view holds it. */
    void release() {
        if (released) return;
        released = true;
        if (obj instanceof PyByteArray ba) ba.removeExport(this);
    }

    /** memoryview(o) for a bytes-like o. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.length, m.stride, m.format, m.itemsize, m.readonly);
        }
        if (o instanceof PyBytes b) return new PyMemoryView(b, 0, b.bytes.length, 1, 'B', 1, true);
        if (o instanceof PyByteArray b) return new PyMemoryView(b, 0, b.size, 1, 'B', 1, false);
        if (o instanceof BytesOps.Exporter e) {
            BytesOps.Buf b = e.exportBuffer();
            char f = e.exportFormat();
            int size = itemSize(f);
            return new PyMemoryView(o, b.off(), b.len() / size, size, f, size, e.exportReadonly());
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name() + "'");
    }

    void check() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
    }

    byte[] array() {
        check();
        byte[] a;
        int size;
        if (obj instanceof PyBytes b) {
            a = b.bytes;
            size = a.length;
        } else if (obj instanceof BytesOps.Exporter e) {
            BytesOps.Buf b = e.exportBuffer();
            a = b.a();
            size = b.off() + b.len();
        } else {
            PyByteArray ba = (PyByteArray) obj;
            a = ba.items;
            size = ba.size;
        }
        if (length > 0) {
            long first = start, last = start + (long) (length - 1) * stride;
            if (Math.min(first, last) < 0 || Math.max(first, last) + itemsize > size) {
                throw Errors.indexError("memoryview: underlying buffer has been resized");
            }
        }
        return a;
    }

    int nbytes() { return length * itemsize; }

    /** The viewed bytes: the backing array itself when contiguous, else a copy. */
    BytesOps.Buf buf() {
        byte[] a = array();
        if (stride == itemsize) return new BytesOps.Buf(a, start, nbytes());
        return new BytesOps.Buf(toBytes(a), 0, nbytes());
    }

    byte[] toBytes(byte[] a) {
        byte[] out = new byte[nbytes()];
        for (int i = 0; i < length; i++) System.arraycopy(a, start + i * stride, out, i * itemsize, itemsize);
        return out;
    }

    static int itemSize(char f) {
        return switch (f) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> -1;
        };
    }

    private long raw(byte[] a, int at) {
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) v = (v << 8) | (a[at + k] & 0xff);
        return v;
    }

    PyObject unpack(byte[] a, int at) {
        return switch (format) {
            case 'B' -> PyInt.valueOf(a[at] & 0xff);
            case 'b' -> PyInt.valueOf(a[at]);
            case 'c' -> new PyBytes(new byte[] {a[at]});
            case '?' -> PyBool.of(a[at] != 0);
            case 'h' -> PyInt.valueOf((short) raw(a, at));
            case 'H' -> PyInt.valueOf(raw(a, at) & 0xffff);
            case 'i' -> PyInt.valueOf((int) raw(a, at));
            case 'I' -> PyInt.valueOf(raw(a, at) & 0xffffffffL);
            case 'l', 'q', 'n' -> PyInt.valueOf(raw(a, at));
            case 'L', 'Q', 'N', 'P' -> {
                long v = raw(a, at);
                yield v >= 0 ? PyInt.valueOf(v) : PyInt.valueOf(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            case 'f' -> PyFloat.valueOf(Float.intBitsToFloat((int) raw(a, at)));
            case 'd' -> PyFloat.valueOf(Double.longBitsToDouble(raw(a, at)));
            default -> throw Errors.notImplementedError("memoryview: format " + format + " not supported");
        };
    }

    void pack(byte[] a, int at, PyObject v) {
        long x;
        switch (format) {
            case 'c' -> {
                if (!(v instanceof PyBytes)) throw invalidType();
                BytesOps.Buf b = BytesOps.buffer(v);
                if (b.len() != 1) throw invalidValue();
                a[at] = b.a()[b.off()];
                return;
            }
            case 'f', 'd' -> {
                double d;
                try {
                    d = PyNumber.asDouble(v);
                } catch (PyException e) {
                    throw fixError(e);
                }
                x = format == 'f' ? Float.floatToRawIntBits((float) d) & 0xffffffffL : Double.doubleToRawLongBits(d);
            }
            case '?' -> x = Abstract.isTrue(v) ? 1 : 0;
            default -> {
                PyInt i;
                try {
                    i = PyNumber.index(v);
                } catch (PyException e) {
                    throw fixError(e);
                }
                java.math.BigInteger big = i.bigValue();
                boolean signed = Character.isLowerCase(format);
                java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(itemsize * 8 - 1).negate() : java.math.BigInteger.ZERO;
                java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(itemsize * 8 - 1)
                        : java.math.BigInteger.ONE.shiftLeft(itemsize * 8);
                if (big.compareTo(lo) < 0 || big.compareTo(hi) >= 0) throw invalidValue();
                x = big.longValue();
            }
        }
        for (int k = 0; k < itemsize; k++) a[at + k] = (byte) (x >>> (8 * k));
    }

    private PyException invalidType() {
        return Errors.typeError("memoryview: invalid type for format '" + format + "'");
    }

    /** CPython's fix_error_int: a TypeError or ValueError/OverflowError from converting the item, reworded. */
    private PyException fixError(PyException e) {
        if (e.matches(kiln.runtime.exceptions.PyExceptions.TypeError)) return invalidType();
        if (e.matches(kiln.runtime.exceptions.PyExceptions.ValueError)
                || e.matches(kiln.runtime.exceptions.PyExceptions.OverflowError)) {
            return invalidValue();
        }
        return e;
    }

    private PyException invalidValue() {
        return Errors.valueError("memoryview: invalid value for format '" + format + "'");
    }

    PyObject getItem(PyObject key) {
        byte[] a = array();
        if (key instanceof PySlice sl) {
            PySlice.Bounds b = sl.indices(length);
            return new PyMemoryView(obj, start + (int) b.start * stride, (int) b.length, stride * (int) b.step, format, itemsize, readonly);
        }
        if (key == PyEllipsis.INSTANCE) return this;
        if (key instanceof PyTuple) throw Errors.typeError("memoryview: invalid slice key");
        if (!(key instanceof PyInt) && key.type().nb_index == null) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        long i = Seq.itemIndex(key, "memoryview");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Errors.indexError("index out of bounds on dimension 1");
        return unpack(a, start + (int) i * stride);
    }

    void setItem(PyObject key, PyObject value) {
        byte[] a = array();
        if (readonly) throw Errors.typeError("cannot modify read-only memory");
        if (value == null) throw Errors.typeError("cannot delete memory");
        if (key instanceof PySlice sl) {
            PySlice.Bounds b = sl.indices(length);
            BytesOps.Buf src = BytesOps.buffer(value);
            if (src == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + value.type().name() + "'");
            }
            if (src.len() != b.length * itemsize) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.copy();
            for (int k = 0; k < b.length; k++) {
                System.arraycopy(data, k * itemsize, a, start + (int) (b.start + k * b.step) * stride, itemsize);
            }
            return;
        }
        if (!(key instanceof PyInt) && key.type().nb_index == null) throw Errors.typeError("memoryview: invalid slice key");
        long i = Seq.itemIndex(key, "memoryview");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Errors.indexError("index out of bounds on dimension 1");
        pack(a, start + (int) i * stride, value);
    }

    PyObject cast(PyObject fmtObj, PyObject shape) {
        check();
        if (!(fmtObj instanceof PyStr fs)) {
            throw Errors.typeError("memoryview: format argument must be a string");
        }
        String f = fs.value();
        if (f.startsWith("@")) f = f.substring(1);
        char c = f.length() == 1 ? f.charAt(0) : 0;
        int size = c == 0 ? -1 : itemSize(c);
        if (size < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (stride != itemsize) throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        boolean byteFmt = format == 'B' || format == 'b' || format == 'c';
        boolean toByte = c == 'B' || c == 'b' || c == 'c';
        if (!byteFmt && !toByte) throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        if (shape != null && shape != PyNone.INSTANCE) {
            PyObject[] dims = Abstract.toArray(shape);
            if (dims.length != 1) throw Errors.notImplementedError("memoryview: only one-dimensional casts are supported");
        }
        int bytes = nbytes();
        if (bytes % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        return new PyMemoryView(obj, start, bytes / size, size, c, size, readonly);
    }

    PyObject tolist() {
        byte[] a = array();
        PyObject[] out = new PyObject[length];
        for (int i = 0; i < length; i++) out[i] = unpack(a, start + i * stride);
        return new PyList(out);
    }

    static PyMemoryView m(PyObject o) { return (PyMemoryView) o; }

    static {
        TYPE.tp_new = (type, a, off, n, kw) -> of(NEW_ARGS.parse(a, off, n, kw)[0]);
        TYPE.tp_repr = self -> new PyStr((m(self).released ? "<released memory at " : "<memory at ") + Abstract.addressOf(self) + ">");
        TYPE.tp_hash = self -> {
            PyMemoryView v = m(self);
            v.check();
            if (!v.readonly) throw Errors.valueError("cannot hash writable memoryview object");
            if (v.format != 'B' && v.format != 'b' && v.format != 'c') {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            BytesOps.Buf b = v.buf();
            return BytesOps.hash(b.a(), b.off(), b.len());
        };
        TYPE.tp_richcompare = (self, other, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.INSTANCE;
            PyMemoryView v = m(self);
            if (v.released || other instanceof PyMemoryView ov && ov.released) return PyBool.of((self == other) == (op == CompareOp.EQ));
            BytesOps.Buf o = BytesOps.buffer(other);
            if (o == null) return PyNotImplemented.INSTANCE;
            boolean eq;
            if (other instanceof PyMemoryView om && (om.format != v.format || v.format != 'B' && v.format != 'c')) {
                eq = Abstract.eq(v.tolist(), om.tolist());
            } else if (v.format != 'B' && v.format != 'c' && v.format != 'b') {
                eq = Abstract.eq(v.tolist(), of(other).tolist());
            } else {
                BytesOps.Buf s = v.buf();
                eq = java.util.Arrays.equals(s.a(), s.off(), s.off() + s.len(), o.a(), o.off(), o.off() + o.len());
            }
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.mp_length = self -> {
            m(self).check();
            return m(self).length;
        };
        TYPE.mp_subscript = (self, key) -> m(self).getItem(key);
        TYPE.mp_ass_subscript = (self, key, value) -> m(self).setItem(key, value);
        TYPE.tp_iter = self -> {
            m(self).check();
            return new MemoryIterator(m(self));
        };
        TYPE.methodKw("tobytes", (self, a, off, n, kw) -> {
            TOBYTES_ARGS.parse(a, off, n, kw);
            return new PyBytes(m(self).buf().copy());
        });
        TYPE.method("tolist", self -> m(self).tolist());
        TYPE.method("__buffer__", (self, flags) -> {
            PyNumber.asLong(flags);
            return of(self);
        });
        TYPE.method("__release_buffer__", (self, view) -> PyNone.INSTANCE);
        TYPE.methodKw("hex", (self, a, off, n, kw) -> {
            PyObject[] p = HEX_ARGS.parse(a, off, n, kw);
            BytesOps.Buf b = m(self).buf();
            return new PyStr(BytesOps.hex(b.a(), b.off(), b.len(), p[0], p[1]));
        });
        TYPE.methodKw("cast", (self, a, off, n, kw) -> {
            PyObject[] p = CAST_ARGS.parse(a, off, n, kw);
            return m(self).cast(p[0], p[1]);
        });
        TYPE.method("toreadonly", self -> {
            PyMemoryView v = m(self);
            v.check();
            return new PyMemoryView(v.obj, v.start, v.length, v.stride, v.format, v.itemsize, true);
        });
        TYPE.method("release", self -> {
            m(self).release();
            return PyNone.INSTANCE;
        });
        TYPE.method("__enter__", self -> {
            m(self).check();
            return self;
        });
        TYPE.methodN("__exit__", 0, 3, (self, a) -> {
            m(self).release();
            return PyNone.INSTANCE;
        });
        TYPE.getter("obj", self -> {
            m(self).check();
            return m(self).obj;
        });
        TYPE.getter("nbytes", self -> {
            m(self).check();
            return PyInt.valueOf(m(self).nbytes());
        });
        TYPE.getter("readonly", self -> {
            m(self).check();
            return PyBool.of(m(self).readonly);
        });
        TYPE.getter("itemsize", self -> {
            m(self).check();
            return PyInt.valueOf(m(self).itemsize);
        });
        TYPE.getter("format", self -> {
            m(self).check();
            return new PyStr(String.valueOf(m(self).format));
        });
        TYPE.getter("ndim", self -> {
            m(self).check();
            return PyInt.valueOf(1);
        });
        TYPE.getter("shape", self -> {
            m(self).check();
            return PyTuple.of(PyInt.valueOf(m(self).length));
        });
        TYPE.getter("strides", self -> {
            m(self).check();
            return PyTuple.of(PyInt.valueOf(m(self).stride));
        });
        TYPE.getter("suboffsets", self -> {
            m(self).check();
            return PyTuple.EMPTY;
        });
        TYPE.getter("c_contiguous", self -> {
            m(self).check();
            return PyBool.of(m(self).stride == m(self).itemsize || m(self).length <= 1);
        });
        TYPE.getter("f_contiguous", self -> {
            m(self).check();
            return PyBool.of(m(self).stride == m(self).itemsize || m(self).length <= 1);
        });
        TYPE.getter("contiguous", self -> {
            m(self).check();
            return PyBool.of(m(self).stride == m(self).itemsize || m(self).length <= 1);
        });
        TYPE.ready();
    }

    /** {@code memory_iterator}: the items of a one-dimensional view, in order. */
    static final class MemoryIterator extends PyObject {
        static final PyType TYPE = new PyType("memory_iterator", PyType.OBJECT, 0);
        private PyMemoryView view;
        private int index;

        MemoryIterator(PyMemoryView view) {
            super(TYPE);
            this.view = view;
        }

        static {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                MemoryIterator it = (MemoryIterator) self;
                PyMemoryView v = it.view;
                if (v == null) return null;
                byte[] a = v.array();
                if (it.index >= v.length) {
                    it.view = null;
                    return null;
                }
                return v.unpack(a, v.start + it.index++ * v.stride);
            };
            TYPE.tp_new = null;
            TYPE.ready();
        }
    }
}
