package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.SlotDispatch;
import kiln.runtime.exceptions.PyExceptions;

/** Slots and methods of {@code dict} (CPython 3.12: Objects/dictobject.c). Views and iterators: {@link DictViews}. */
final class DictType {
    private DictType() {}

    private static final PyStr MISSING = PyStr.intern("__missing__");
    private static final PyStr KEYS = PyStr.intern("keys");

    static PyDict d(PyObject o) { return (PyDict) o; }

    static PyObject getItem(PyObject self, PyObject key) {
        PyDict d = (PyDict) self;
        PyObject v = d.getItem(key);
        if (v != null) return v;
        if (d.type() != PyDict.TYPE) {
            PyObject missing = d.type().lookup(MISSING);
            if (missing != null) return Abstract.callSpecial(d, MISSING, key);
        }
        throw Errors.keyError(key);
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyDict d = (PyDict) self;
        if (value != null) d.setItem(key, value);
        else if (d.delItem(key) == null) throw Errors.keyError(key);
    }

    /** dict_merge / PyDict_MergeFromSeq2 as dict.update(arg) does it. */
    static void update(PyDict d, PyObject arg) {
        if (arg instanceof PyDict o && o.type().tp_iter == PyDict.TYPE.tp_iter) {
            if (o == d) return;
            for (int i = o.nextEntry(0); i >= 0; i = o.nextEntry(i + 1)) d.setItemHashed(o.keyAt(i), o.hashAt(i), o.valueAt(i));
            return;
        }
        PyObject keys = Abstract.lookupAttr(arg, KEYS);
        if (keys != null) {
            PyObject it = Abstract.getIter(Abstract.call0(keys));
            for (PyObject k; (k = Abstract.next(it)) != null; ) d.setItem(k, Abstract.getItem(arg, k));
            return;
        }
        mergeFromSeq2(d, arg);
    }

    static void mergeFromSeq2(PyDict d, PyObject seq) {
        PyObject it = Abstract.getIter(seq);
        int n = 0;
        for (PyObject item; (item = Abstract.next(it)) != null; n++) {
            PyObject[] pair;
            if (item instanceof PyTuple t) pair = t.items;
            else if (item instanceof PyList l) pair = l.toArray();
            else {
                PyType ty = item.type();
                if (ty.tp_iter == null && ty.mp_subscript == null) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                pair = Abstract.toArray(item);
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + n + " has length " + pair.length
                        + "; 2 is required");
            }
            d.setItem(pair[0], pair[1]);
        }
    }

    static void updateWithKeywords(PyDict d, PyObject[] a, int off, int n, PyStr[] kw) {
        if (kw != null) for (int k = 0; k < kw.length; k++) d.setItem(kw[k], a[off + n + k]);
    }

    static PyObject repr(PyObject self) {
        PyDict d = (PyDict) self;
        if (d.size() == 0) return new PyStr("{}");
        if (ReprGuard.enter(self)) return new PyStr("{...}");
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                PyObject k = d.keyAt(i), v = d.valueAt(i);
                if (!first) sb.append(", ");
                first = false;
                sb.append(Abstract.reprJava(k)).append(": ");
                sb.append(Abstract.reprJava(v));
            }
            return new PyStr(sb.append('}').toString());
        } finally {
            ReprGuard.leave(self);
        }
    }

    // CPython 3.12: Objects/dictobject.c, dict_equal
    static boolean dictEqual(PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        for (int i = a.nextEntry(0); i >= 0 && i < a.entryLimit(); i = a.nextEntry(i + 1)) {
            PyObject k = a.keyAt(i), av = a.valueAt(i);
            if (k == null) continue;
            int j = b.findEntry(k, a.hashAt(i));
            if (j < 0) return false;
            PyObject bv = b.valueAt(j);
            if (bv == null) return false;
            if (!Seq.eq(av, bv)) return false;
        }
        return true;
    }

    static void init(PyType t) {
        t.tp_new = (type, a, off, n, kw) -> new PyDict(type);
        t.tp_init = (self, a, off, n, kw) -> {
            if (n > 1) throw Errors.typeError("dict expected at most 1 argument, got " + n);
            PyDict d = (PyDict) self;
            if (n == 1) update(d, a[off]);
            updateWithKeywords(d, a, off, n, kw);
        };
        t.tp_repr = DictType::repr;
        t.tp_hash = SlotDispatch.HASH_NOT_IMPLEMENTED;
        t.define("__hash__", PyNone.INSTANCE);
        t.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof PyDict o) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
            boolean eq = dictEqual((PyDict) self, o);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.tp_iter = self -> new DictViews.DictIter(d(self), DictViews.KEYS, false);
        t.mp_length = self -> d(self).size();
        t.mp_subscript = DictType::getItem;
        t.mp_ass_subscript = DictType::setItem;
        t.sq_contains = (self, k) -> d(self).getItem(k) != null;
        t.nb_or = (a, b) -> {
            if (!(a instanceof PyDict x) || !(b instanceof PyDict y)) return PyNotImplemented.INSTANCE;
            PyDict r = x.copy();
            update(r, y);
            return r;
        };
        t.nb_inplace_or = (a, b) -> {
            update(d(a), b);
            return a;
        };
        t.method("keys", self -> new DictViews.View(DictViews.KEYS_TYPE, d(self)));
        t.method("values", self -> new DictViews.View(DictViews.VALUES_TYPE, d(self)));
        t.method("items", self -> new DictViews.View(DictViews.ITEMS_TYPE, d(self)));
        t.methodN("get", 1, 2, (self, a) -> {
            PyObject v = d(self).getItem(a[0]);
            return v != null ? v : a[1] == null ? PyNone.INSTANCE : a[1];
        });
        t.methodN("setdefault", 1, 2, (self, a) -> {
            PyDict d = d(self);
            PyObject v = d.getItem(a[0]);
            if (v != null) return v;
            PyObject dv = a[1] == null ? PyNone.INSTANCE : a[1];
            d.setItem(a[0], dv);
            return dv;
        });
        t.methodN("pop", 1, 2, (self, a) -> {
            PyDict d = d(self);
            PyObject v = d.delItem(a[0]);
            if (v != null) return v;
            if (a[1] != null) return a[1];
            throw Errors.keyError(a[0]);
        });
        t.method("popitem", self -> {
            PyDict d = d(self);
            int i = d.lastEntry();
            if (i < 0) throw Errors.of(PyExceptions.KeyError, new PyStr("popitem(): dictionary is empty"));
            PyTuple r = PyTuple.of(d.keyAt(i), d.valueAt(i));
            d.removeAt(i);
            return r;
        });
        t.method("copy", self -> d(self).copy());
        t.method("clear", self -> {
            d(self).clear();
            return PyNone.INSTANCE;
        });
        t.methodKw("update", (self, a, off, n, kw) -> {
            if (n > 1) throw Errors.typeError("update expected at most 1 argument, got " + n);
            if (n == 1) update(d(self), a[off]);
            updateWithKeywords(d(self), a, off, n, kw);
            return PyNone.INSTANCE;
        });
        t.classMethod("fromkeys", (cls, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("dict.fromkeys", kw);
            ArgParser.checkCount("fromkeys", n, 1, 2);
            PyObject value = n > 1 ? a[off + 1] : PyNone.INSTANCE;
            PyObject iterable = a[off];
            PyObject r = Abstract.call0(cls);
            if (r instanceof PyDict d && d.type() == PyDict.TYPE) {
                if (iterable instanceof PyDict src && src.type() == PyDict.TYPE) {
                    for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) d.setItemHashed(src.keyAt(i), src.hashAt(i), value);
                    return d;
                }
                if (iterable instanceof PySet src) {
                    for (int i = src.next(0); i >= 0; i = src.next(i + 1)) d.setItemHashed(src.keys[i], src.hashes[i], value);
                    return d;
                }
                PyObject it = Abstract.getIter(iterable);
                for (PyObject k; (k = Abstract.next(it)) != null; ) d.setItem(k, value);
                return d;
            }
            PyObject it = Abstract.getIter(iterable);
            for (PyObject k; (k = Abstract.next(it)) != null; ) Abstract.setItem(r, k, value);
            return r;
        });
        t.method("__reversed__", self -> new DictViews.DictIter(d(self), DictViews.KEYS, true));
        t.method("__sizeof__", self -> PyInt.valueOf(48 + 24L * d(self).entryLimit()));
        t.classMethod("__class_getitem__", (cls, a, off, n, kw) -> {
            ArgParser.checkCount("__class_getitem__", n, 1, 1);
            return GenericAlias.of((PyType) cls, a[off]);
        });
    }
}
