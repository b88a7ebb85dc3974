package kiln.runtime.types;

import kiln.runtime.ArgParser;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.SlotDispatch;

/** Slots and methods of {@code bytearray} (CPython 3.12: Objects/bytearrayobject.c). */
final class ByteArrayType {
    private ByteArrayType() {}

    private static final ArgParser INIT_ARGS = new ArgParser("bytearray", new String[] {"source", "encoding", "errors"}, 0, 0, 3);

    static PyByteArray b(PyObject o) { return (PyByteArray) o; }

    /** (type, (latin-1 text, 'latin-1'), __dict__ or None), as bytearray_reduce_ex builds for every protocol. */
    static PyObject reduce(PyObject self) {
        PyObject d = self.getDict();
        if (d instanceof PyDict dd && dd.size() == 0) d = null;
        return PyTuple.of(self.type(), PyTuple.of(new PyStr(BytesOps.latin1String(b(self).items, 0, b(self).size)),
                new PyStr("latin-1")), d == null ? PyNone.INSTANCE : d);
    }

    /** Replaces items[lo, hi) with v[0, vn). */
    static void replace(PyByteArray ba, int lo, int hi, byte[] v, int voff, int vn) {
        int d = vn - (hi - lo);
        if (d != 0) ba.checkResizable();
        int newSize = ba.size + d;
        if (d > 0) ba.ensure(newSize);
        System.arraycopy(ba.items, hi, ba.items, hi + d, ba.size - hi);
        System.arraycopy(v, voff, ba.items, lo, vn);
        ba.size = newSize;
    }

    static byte[] assignable(PyObject value, PyByteArray self) {
        if (value == self) return self.toArray();
        BytesOps.Buf b = BytesOps.buffer(value);
        if (b != null) return b.copy();
        if (value instanceof PyStr || value instanceof PyInt || value.type().nb_index != null
                || value.type().tp_iter == null && value.type().mp_subscript == null) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return BytesOps.fromIterable(value);
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyByteArray ba = b(self);
        if (key instanceof PySlice sl) {
            PySlice.Bounds bd = sl.unpack();
            PySlice.adjust(ba.size, bd);
            byte[] v = value == null ? new byte[0] : assignable(value, ba);
            if (bd.step == 1) {
                int lo = (int) bd.start, hi = Math.max(lo, (int) bd.stop);
                replace(ba, lo, hi, v, 0, v.length);
                return;
            }
            int n = (int) bd.length;
            if (value == null) {
                if (n <= 0) return;
                ba.checkResizable();
                long step = bd.step, start = bd.start;
                if (step < 0) {
                    start = start + step * (n - 1);
                    step = -step;
                }
                boolean[] drop = new boolean[ba.size];
                for (int k = 0; k < n; k++) drop[(int) (start + k * step)] = true;
                int w = 0;
                for (int r = 0; r < ba.size; r++) if (!drop[r]) ba.items[w++] = ba.items[r];
                ba.size = w;
                return;
            }
            if (v.length != n) {
                throw Errors.valueError("attempt to assign bytes of size " + v.length + " to extended slice of size " + n);
            }
            for (int k = 0, j = (int) bd.start; k < n; k++, j += (int) bd.step) ba.items[j] = v[k];
            return;
        }
        long i;
        if (key instanceof PyInt ik && ik.big == null) i = ik.value;
        else if (key instanceof PyInt || key.type().nb_index != null) i = Seq.itemIndex(key, "bytearray");
        else throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name());
        if (i < 0) i += ba.size;
        if (i < 0 || i >= ba.size) throw Errors.indexError("bytearray index out of range");
        if (value == null) {
            ba.checkResizable();
            System.arraycopy(ba.items, (int) i + 1, ba.items, (int) i, ba.size - (int) i - 1);
            ba.size--;
        } else {
            ba.items[(int) i] = BytesOps.byteValue(value);
        }
    }

    static void extend(PyByteArray ba, PyObject it) {
        byte[] v;
        BytesOps.Buf b = BytesOps.buffer(it);
        if (b != null) v = b.copy();
        else if (it.type().tp_iter == null && it.type().mp_subscript == null) {
            throw Errors.typeError("can't extend bytearray with " + it.type().name());
        } else v = BytesOps.fromIterable(it);
        replace(ba, ba.size, ba.size, v, 0, v.length);
    }

    static void init(PyType t) {
        t.tp_new = (type, a, off, n, kw) -> new PyByteArray(type);
        t.tp_init = (self, a, off, n, kw) -> {
            PyObject[] p = INIT_ARGS.parse(a, off, n, kw);
            String enc = BytesType.strArg(p[1], "bytearray", "encoding"), err = BytesType.strArg(p[2], "bytearray", "errors");
            PyByteArray ba = b(self);
            byte[] r;
            if (p[0] == null) {
                if (enc != null || err != null) {
                    throw Errors.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
                }
                r = new byte[0];
            } else {
                r = BytesType.fromSource(p[0], enc, err, "bytearray");
                if (p[0] instanceof PyBytes && r == ((PyBytes) p[0]).bytes) r = r.clone();
            }
            if (ba.size != r.length) ba.checkResizable();
            ba.items = r;
            ba.size = r.length;
        };
        t.tp_repr = self -> {
            PyByteArray ba = b(self);
            String name = self.type() == PyByteArray.TYPE ? "bytearray" : self.type().name();
            return new PyStr(name + "(" + BytesOps.repr(ba.items, 0, ba.size, true) + ")");
        };
        t.tp_str = t.tp_repr;
        t.tp_hash = SlotDispatch.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = (self, other, op) -> {
            BytesOps.Buf o = BytesOps.buffer(other);
            if (o == null) return PyNotImplemented.INSTANCE;
            PyByteArray ba = b(self);
            byte[] ob = o.off() == 0 ? o.a() : o.copy();
            return BytesOps.richCompare(ba.items, ba.size, ob, o.len(), op);
        };
        t.mp_subscript = (self, key) -> BytesOps.getItem(self, key, "bytearray");
        t.mp_ass_subscript = ByteArrayType::setItem;
        t.sq_concat = BytesOps::concat;
        t.sq_repeat = BytesOps::repeat;
        t.sq_inplace_concat = (self, other) -> {
            BytesOps.Buf o = BytesOps.buffer(other);
            if (o == null) throw Errors.typeError("can't concat " + other.type().name() + " to bytearray");
            byte[] v = o.copy();
            replace(b(self), b(self).size, b(self).size, v, 0, v.length);
            return self;
        };
        t.sq_inplace_repeat = (self, count) -> {
            PyByteArray ba = b(self);
            long c = StrType.repeatCount(count);
            int n = ba.size;
            if (n > 0 && c > (Integer.MAX_VALUE - 8) / n) throw Errors.of(kiln.runtime.exceptions.PyExceptions.MemoryError, new PyObject[0]);
            if (c != 1) ba.checkResizable();
            byte[] out = new byte[(int) (c * n)];
            for (int k = 0; k < c; k++) System.arraycopy(ba.items, 0, out, k * n, n);
            ba.items = out;
            ba.size = out.length;
            return self;
        };
        t.method("__add__", BytesOps::concat);
        t.method("__mul__", BytesOps::repeat);
        t.method("__rmul__", BytesOps::repeat);
        t.method("__iadd__", (self, o) -> t.sq_inplace_concat.apply(self, o));
        t.method("__imul__", (self, o) -> t.sq_inplace_repeat.apply(self, o));
        t.method("__alloc__", self -> PyInt.valueOf(b(self).items.length + 1));
        t.method("append", (self, x) -> {
            PyByteArray ba = b(self);
            byte v = BytesOps.byteValue(x);
            ba.checkResizable();
            ba.ensure(ba.size + 1);
            ba.items[ba.size++] = v;
            return PyNone.INSTANCE;
        });
        t.method("extend", (self, it) -> {
            extend(b(self), it);
            return PyNone.INSTANCE;
        });
        t.method("insert", (self, idx, x) -> {
            PyByteArray ba = b(self);
            long i = PyNumber.asLong(idx);
            byte v = BytesOps.byteValue(x);
            if (i < 0) {
                i += ba.size;
                if (i < 0) i = 0;
            }
            if (i > ba.size) i = ba.size;
            replace(ba, (int) i, (int) i, new byte[] {v}, 0, 1);
            return PyNone.INSTANCE;
        });
        t.methodN("pop", 0, 1, (self, a) -> {
            PyByteArray ba = b(self);
            if (ba.size == 0) throw Errors.indexError("pop from empty bytearray");
            long i = a[0] == null ? -1 : PyNumber.asLong(a[0]);
            if (i < 0) i += ba.size;
            if (i < 0 || i >= ba.size) throw Errors.indexError("pop index out of range");
            ba.checkResizable();
            int v = ba.items[(int) i] & 0xff;
            replace(ba, (int) i, (int) i + 1, ba.items, 0, 0);
            return PyInt.valueOf(v);
        });
        t.method("remove", (self, x) -> {
            PyByteArray ba = b(self);
            byte v = BytesOps.byteValue(x);
            for (int i = 0; i < ba.size; i++) {
                if (ba.items[i] == v) {
                    replace(ba, i, i + 1, ba.items, 0, 0);
                    return PyNone.INSTANCE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        t.method("clear", self -> {
            PyByteArray ba = b(self);
            if (ba.size != 0) ba.checkResizable();
            ba.items = new byte[0];
            ba.size = 0;
            return PyNone.INSTANCE;
        });
        t.method("copy", self -> new PyByteArray(b(self).toArray()));
        t.method("reverse", self -> {
            PyByteArray ba = b(self);
            for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                byte x = ba.items[i];
                ba.items[i] = ba.items[j];
                ba.items[j] = x;
            }
            return PyNone.INSTANCE;
        });
        t.methodN("__reduce_ex__", 0, 1, (self, a) -> reduce(self));
        t.method("__reduce__", ByteArrayType::reduce);
        t.method("__sizeof__", self -> PyInt.valueOf(56 + b(self).items.length + (b(self).items.length > 0 ? 1 : 0)));
        t.method("__release_buffer__", (self, view) -> PyNone.INSTANCE);
        BytesOps.registerCommon(t, "bytearray");
    }
}
