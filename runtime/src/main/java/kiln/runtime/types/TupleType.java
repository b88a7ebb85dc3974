package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** Slots and methods of {@code tuple} (CPython 3.12: Objects/tupleobject.c). */
final class TupleType {
    private TupleType() {}

    // CPython 3.12: Include/internal/pycore_hashtable / tupleobject.c xxHash constants
    static final long XXPRIME_1 = 0x9E3779B185EBCA87L;  // 11400714785074694791
    static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;  // 14029467366897019727
    static final long XXPRIME_5 = 0x27D4EB2F165667C5L;  // 2870177450012600261

    static long xxLane(long acc, long lane) {
        acc += lane * XXPRIME_2;
        acc = Long.rotateLeft(acc, 31);
        return acc * XXPRIME_1;
    }

    // CPython 3.12: Objects/tupleobject.c, tuplehash
    static long hash(PyObject[] items) {
        long acc = XXPRIME_5;
        for (PyObject o : items) {
            long h;
            if (o instanceof PyInt i && i.big == null && i.type() == PyInt.TYPE) h = smallIntHash(i.value);
            else h = Abstract.hash(o);
            acc = xxLane(acc, h);
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** hash(int) for a machine-word int, as int.__hash__ computes it (without the slot call). */
    static long smallIntHash(long v) { return NumericHash.hashLong(v); }

    static PyTuple cast(PyObject o) { return (PyTuple) o; }

    static PyObject getItem(PyObject self, PyObject key) {
        PyTuple t = (PyTuple) self;
        PyObject[] items = t.items;
        if (key instanceof PyInt ik && ik.big == null) {
            long i = ik.value;
            if (i < 0) i += items.length;
            if (i < 0 || i >= items.length) throw Errors.indexError("tuple index out of range");
            return items[(int) i];
        }
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.indices(items.length);
            if (b.step == 1 && b.length == items.length && t.type() == PyTuple.TYPE) return t;
            int n = (int) b.length;
            if (n == 0) return PyTuple.EMPTY;
            PyObject[] out = new PyObject[n];
            if (b.step == 1) System.arraycopy(items, (int) b.start, out, 0, n);
            else for (int k = 0, j = (int) b.start; k < n; k++, j += (int) b.step) out[k] = items[j];
            return new PyTuple(out);
        }
        long i = Seq.itemIndex(key, "tuple");
        if (i < 0) i += items.length;
        if (i < 0 || i >= items.length) throw Errors.indexError("tuple index out of range");
        return items[(int) i];
    }

    static void init(PyType t) {
        t.tp_new = (type, a, off, n, kw) -> {
            if (type == PyTuple.TYPE) ArgParser.checkNoKeywords("tuple", kw);
            else if (kw != null && kw.length > 0 && type.tp_init == PyTuple.TYPE.tp_init) ArgParser.checkNoKeywords("tuple", kw);
            if (n > 1) throw Errors.typeError("tuple expected at most 1 argument, got " + n);
            if (type == PyTuple.TYPE) return n == 0 ? PyTuple.EMPTY : PyTuple.fromIterable(a[off]);
            return new PyTuple(type, n == 0 ? new PyObject[0] : Abstract.toArray(a[off]));
        };
        t.tp_repr = self -> {
            PyTuple tu = (PyTuple) self;
            int n = tu.items.length;
            if (n == 0) return new PyStr("()");
            if (ReprGuard.enter(self)) return new PyStr("(...)");
            try {
                if (n == 1) return new PyStr("(" + Abstract.reprJava(tu.items[0]) + ",)");
                return new PyStr(Seq.join(tu.items, n, "(", ")"));
            } finally {
                ReprGuard.leave(self);
            }
        };
        t.tp_hash = self -> hash(((PyTuple) self).items);
        t.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof PyTuple o)) return PyNotImplemented.INSTANCE;
            PyTuple s = (PyTuple) self;
            return Seq.compare(s.items, s.items.length, o.items, o.items.length, op);
        };
        t.tp_iter = self -> new TupleIter((PyTuple) self);
        t.mp_length = self -> ((PyTuple) self).items.length;
        t.mp_subscript = TupleType::getItem;
        t.sq_contains = (self, x) -> {
            for (PyObject o : ((PyTuple) self).items) if (Seq.eq(o, x)) return true;
            return false;
        };
        t.sq_concat = (self, other) -> {
            if (!(other instanceof PyTuple o)) {
                throw Errors.typeError("can only concatenate tuple (not \"" + other.type().name() + "\") to tuple");
            }
            PyTuple s = (PyTuple) self;
            if (o.items.length == 0 && s.type() == PyTuple.TYPE) return s;
            if (s.items.length == 0 && o.type() == PyTuple.TYPE) return o;
            PyObject[] r = new PyObject[s.items.length + o.items.length];
            System.arraycopy(s.items, 0, r, 0, s.items.length);
            System.arraycopy(o.items, 0, r, s.items.length, o.items.length);
            return new PyTuple(r);
        };
        t.sq_repeat = (self, count) -> {
            PyTuple s = (PyTuple) self;
            long c = Seq.repeatCount(count);
            if (c == 1 && s.type() == PyTuple.TYPE) return s;
            int len = s.items.length;
            if (len == 0 || c == 0) return PyTuple.EMPTY;
            if (c * len > Integer.MAX_VALUE - 8 || c > Integer.MAX_VALUE) {
                throw Errors.of(kiln.runtime.exceptions.PyExceptions.MemoryError, new PyObject[0]);
            }
            PyObject[] r = new PyObject[(int) (c * len)];
            for (int k = 0; k < c; k++) System.arraycopy(s.items, 0, r, k * len, len);
            return new PyTuple(r);
        };
        t.method("__add__", (self, o) -> t.sq_concat.apply(self, o));
        t.method("__mul__", (self, o) -> ListType.mulOrNI(self, o, t.sq_repeat));
        t.method("__rmul__", (self, o) -> ListType.mulOrNI(self, o, t.sq_repeat));
        t.method("count", (self, x) -> {
            int c = 0;
            for (PyObject o : ((PyTuple) self).items) if (Seq.eq(o, x)) c++;
            return PyInt.valueOf(c);
        });
        t.methodN("index", 1, 3, (self, a) -> {
            PyObject[] items = ((PyTuple) self).items;
            long start = indexBound(a[1], 0, items.length), stop = a[2] == null ? items.length : indexBound(a[2], 0, items.length);
            for (long i = start; i < stop && i < items.length; i++) {
                if (Seq.eq(items[(int) i], a[0])) return PyInt.valueOf(i);
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        t.method("__getnewargs__", self -> PyTuple.of(new PyTuple(((PyTuple) self).items.clone())));
        t.classMethod("__class_getitem__", (cls, a, off, n, kw) -> {
            ArgParser.checkCount("__class_getitem__", n, 1, 1);
            return GenericAlias.of((PyType) cls, a[off]);
        });
    }

    /** start/stop of index(): negative counts from the end, clamped to 0 (CPython's list_index_impl). */
    static long indexBound(PyObject o, long dflt, long len) {
        if (o == null) return dflt;
        if (!(o instanceof PyInt) && o.type().nb_index == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        long v = PySlice.sliceIndex(o);
        if (v < 0) {
            v += len;
            if (v < 0) v = 0;
        }
        return v;
    }

    /** {@code tuple_iterator}. */
    static final class TupleIter extends PyObject {
        static final PyType TYPE = new PyType("tuple_iterator", PyType.OBJECT, 0);
        PyTuple seq;
        int index;

        TupleIter(PyTuple seq) {
            super(TYPE);
            this.seq = seq;
        }

        static {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                TupleIter it = (TupleIter) self;
                PyTuple s = it.seq;
                if (s == null) return null;
                if (it.index < s.items.length) return s.items[it.index++];
                it.seq = null;
                return null;
            };
            TYPE.method("__length_hint__", self -> {
                TupleIter it = (TupleIter) self;
                return PyInt.valueOf(it.seq == null ? 0 : it.seq.items.length - it.index);
            });
            TYPE.method("__setstate__", (self, st) -> {
                TupleIter it = (TupleIter) self;
                if (it.seq != null) it.index = (int) Math.max(0, Math.min(kiln.runtime.PyNumber.asLong(st), it.seq.items.length));
                return PyNone.INSTANCE;
            });
            TYPE.ready();
        }
    }

}
