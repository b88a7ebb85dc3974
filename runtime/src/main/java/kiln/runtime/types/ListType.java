package kiln.runtime.types;

import java.util.Arrays;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.SlotDispatch;
import kiln.runtime.Slots;

/** Slots and methods of {@code list} (CPython 3.12: Objects/listobject.c). */
final class ListType {
    private ListType() {}

    private static final PyObject[] EMPTY = new PyObject[0];
    /** Installed as a list's items while it is being sorted: any mutation replaces it, which sort detects. */
    private static final PyObject[] SORTING = new PyObject[0];
    private static final ArgParser SORT_ARGS = new ArgParser("sort", new String[] {"key", "reverse"}, 0, 0, 0);

    static PyObject getItem(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PyInt ik && ik.big == null) {
            long i = ik.value;
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw Errors.indexError("list index out of range");
            return l.items[(int) i];
        }
        if (key instanceof PySlice s) return slice(l, s);
        long i = Seq.itemIndex(key, "list");
        if (i < 0) i += l.size;
        if (i < 0 || i >= l.size) throw Errors.indexError("list index out of range");
        return l.items[(int) i];
    }

    static PyList slice(PyList l, PySlice s) {
        PySlice.Bounds b = s.indices(l.size);
        int n = (int) b.length;
        PyObject[] out = new PyObject[n];
        if (b.step == 1) System.arraycopy(l.items, (int) b.start, out, 0, n);
        else for (int k = 0, j = (int) b.start; k < n; k++, j += (int) b.step) out[k] = l.items[j];
        return new PyList(out);
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyList l = (PyList) self;
        if (key instanceof PySlice s) {
            assignSlice(l, s, value);
            return;
        }
        long i = key instanceof PyInt ik && ik.big == null ? ik.value : Seq.itemIndex(key, "list");
        if (i < 0) i += l.size;
        if (i < 0 || i >= l.size) throw Errors.indexError("list assignment index out of range");
        if (value == null) removeAt(l, (int) i);
        else l.items[(int) i] = value;
    }

    static void removeAt(PyList l, int i) {
        int n = l.size - i - 1;
        if (n > 0) System.arraycopy(l.items, i + 1, l.items, i, n);
        l.items[--l.size] = null;
    }

    // CPython 3.12: Objects/listobject.c, list_ass_subscript / list_ass_slice
    static void assignSlice(PyList l, PySlice s, PyObject value) {
        PySlice.Bounds b = s.unpack();
        PySlice.adjust(l.size, b);
        if (b.step == 1 || value == null && b.step == 1) {
            long lo = b.start, hi = b.stop;
            if (hi < lo) hi = lo;
            PyObject[] v;
            if (value == null) v = EMPTY;
            else if (value == l) v = l.toArray();
            else if (value instanceof PyList vl) v = vl.toArray();
            else if (value instanceof PyTuple vt) v = vt.items;
            else {
                if (value.type().tp_iter == null && value.type().mp_subscript == null) {
                    throw Errors.typeError("can only assign an iterable");
                }
                v = Abstract.toArray(value);
            }
            replace(l, (int) lo, (int) hi, v);
            return;
        }
        if (value == null) {
            // Delete an extended slice: compact the survivors.
            long step = b.step, start = b.start;
            int n = (int) b.length;
            if (n <= 0) return;
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            boolean[] drop = new boolean[l.size];
            for (int k = 0; k < n; k++) drop[(int) (start + k * step)] = true;
            int w = 0;
            for (int r = 0; r < l.size; r++) if (!drop[r]) l.items[w++] = l.items[r];
            Arrays.fill(l.items, w, l.size, null);
            l.size = w;
            return;
        }
        PyObject[] v;
        if (value == l) v = l.toArray();
        else if (value instanceof PyList vl) v = vl.toArray();
        else if (value instanceof PyTuple vt) v = vt.items;
        else {
            if (value.type().tp_iter == null && value.type().mp_subscript == null) {
                throw Errors.typeError("must assign iterable to extended slice");
            }
            v = Abstract.toArray(value);
        }
        if (v.length != b.length) {
            throw Errors.valueError("attempt to assign sequence of size " + v.length + " to extended slice of size " + b.length);
        }
        for (int k = 0, j = (int) b.start; k < v.length; k++, j += (int) b.step) l.items[j] = v[k];
    }

    /** Replaces items[lo, hi) with v. */
    static void replace(PyList l, int lo, int hi, PyObject[] v) {
        int d = v.length - (hi - lo);
        int newSize = l.size + d;
        if (d > 0) {
            ensure(l, newSize);
            System.arraycopy(l.items, hi, l.items, hi + d, l.size - hi);
        } else if (d < 0) {
            System.arraycopy(l.items, hi, l.items, hi + d, l.size - hi);
            Arrays.fill(l.items, newSize, l.size, null);
        }
        System.arraycopy(v, 0, l.items, lo, v.length);
        l.size = newSize;
    }

    static void ensure(PyList l, int n) {
        if (n > l.items.length) l.items = Arrays.copyOf(l.items, Math.max(n, l.items.length + (l.items.length >> 1) + 4));
    }

    static void extend(PyList l, PyObject it) {
        if (it instanceof PyList o) {
            int n = o.size;
            ensure(l, l.size + n);
            System.arraycopy(o.items, 0, l.items, l.size, n);
            l.size += n;
            return;
        }
        if (it instanceof PyTuple t) {
            int n = t.items.length;
            ensure(l, l.size + n);
            System.arraycopy(t.items, 0, l.items, l.size, n);
            l.size += n;
            return;
        }
        PyObject iter = Abstract.getIter(it);
        long hint = Abstract.lengthHint(it, 8);
        if (hint > 0 && hint < (1 << 20)) ensure(l, l.size + (int) hint);
        Slots.Next next = iter.type().tp_iternext;
        try {
            for (PyObject x; (x = next.next(iter)) != null; ) l.append(x);
        } catch (kiln.runtime.PyException e) {
            if (!e.matches(kiln.runtime.exceptions.PyExceptions.StopIteration)) throw e;
        }
    }

    static long normIndex(long i, int size) {
        if (i < 0) {
            i += size;
            if (i < 0) i = 0;
        } else if (i > size) {
            i = size;
        }
        return i;
    }

    static void sort(PyList l, PyObject key, boolean reverse) {
        PyObject[] saved = l.items;
        int n = l.size;
        l.items = SORTING;
        l.size = 0;
        boolean modified;
        try {
            PyObject[] keys = saved, vals = null;
            if (key != null && key != PyNone.INSTANCE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Abstract.call(key, saved[i]);
                vals = saved;
            }
            if (reverse) {
                reverse(keys, n);
                if (vals != null) reverse(vals, n);
            }
            ListSort.sort(keys, vals, n);
            if (reverse) {
                reverse(keys, n);
                if (vals != null) reverse(vals, n);
            }
        } finally {
            modified = l.items != SORTING || l.size != 0;
            l.items = saved;
            l.size = n;
        }
        if (modified) throw Errors.valueError("list modified during sort");
    }

    // CPython 3.12: Objects/listobject.c, list_richcompare (sizes re-read: __eq__ may mutate either list)
    static PyObject compare(PyList a, PyList b, kiln.runtime.CompareOp op) {
        if (a.size != b.size && (op == kiln.runtime.CompareOp.EQ || op == kiln.runtime.CompareOp.NE)) {
            return PyBool.of(op == kiln.runtime.CompareOp.NE);
        }
        int i = 0;
        for (; i < a.size && i < b.size; i++) {
            PyObject x = a.items[i], y = b.items[i];
            if (x == y) continue;
            if (!Abstract.richCompareBool(x, y, kiln.runtime.CompareOp.EQ)) break;
        }
        if (i >= a.size || i >= b.size) return PyBool.of(op.test(Integer.compare(a.size, b.size)));
        if (op == kiln.runtime.CompareOp.EQ) return PyBool.FALSE;
        if (op == kiln.runtime.CompareOp.NE) return PyBool.TRUE;
        return Abstract.richCompare(a.items[i], b.items[i], op);
    }

    static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static PyObject repr(PyObject self) {
        PyList l = (PyList) self;
        if (l.size == 0) return new PyStr("[]");
        if (ReprGuard.enter(self)) return new PyStr("[...]");
        try {
            StringBuilder sb = new StringBuilder("[");
            // The list may change while items print: index live.
            for (int i = 0; i < l.size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.reprJava(l.items[i]));
            }
            return new PyStr(sb.append(']').toString());
        } finally {
            ReprGuard.leave(self);
        }
    }

    static PyObject repeat(PyList l, PyObject count) {
        long c = Seq.repeatCount(count);
        int len = l.size;
        if (len == 0 || c == 0) return new PyList();
        if (c * len > Integer.MAX_VALUE - 8 || c > Integer.MAX_VALUE) {
            throw Errors.of(kiln.runtime.exceptions.PyExceptions.MemoryError, new PyObject[0]);
        }
        PyObject[] r = new PyObject[(int) (c * len)];
        PyObject[] src = l.items;
        for (int k = 0; k < c; k++) System.arraycopy(src, 0, r, k * len, len);
        return new PyList(r);
    }

    static void init(PyType t) {
        t.tp_new = (type, a, off, n, kw) -> new PyList(type);
        t.tp_init = (self, a, off, n, kw) -> {
            if (kw != null && kw.length > 0 && self.type() == PyList.TYPE) ArgParser.checkNoKeywords("list", kw);
            if (n > 1) throw Errors.typeError("list expected at most 1 argument, got " + n);
            PyList l = (PyList) self;
            if (l.size > 0) {
                l.items = EMPTY;
                l.size = 0;
            }
            if (n == 1) extend(l, a[off]);
        };
        t.tp_repr = ListType::repr;
        t.tp_hash = SlotDispatch.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof PyList o)) return PyNotImplemented.INSTANCE;
            return compare((PyList) self, o, op);
        };
        t.tp_iter = self -> new ListIter((PyList) self);
        t.mp_length = self -> ((PyList) self).size;
        t.mp_subscript = ListType::getItem;
        t.mp_ass_subscript = ListType::setItem;
        t.sq_contains = (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) if (Seq.eq(l.items[i], x)) return true;
            return false;
        };
        t.sq_concat = (self, other) -> {
            if (!(other instanceof PyList o)) {
                throw Errors.typeError("can only concatenate list (not \"" + other.type().name() + "\") to list");
            }
            PyList s = (PyList) self;
            PyObject[] r = new PyObject[s.size + o.size];
            System.arraycopy(s.items, 0, r, 0, s.size);
            System.arraycopy(o.items, 0, r, s.size, o.size);
            return new PyList(r);
        };
        t.sq_repeat = (self, count) -> repeat((PyList) self, count);
        t.sq_inplace_concat = (self, other) -> {
            extend((PyList) self, other);
            return self;
        };
        t.sq_inplace_repeat = (self, count) -> {
            PyList l = (PyList) self;
            long c = Seq.repeatCount(count);
            if (c == 0 || l.size == 0) {
                Arrays.fill(l.items, 0, l.size, null);
                l.size = 0;
                return self;
            }
            PyList r = (PyList) repeat(l, count);
            l.items = r.items;
            l.size = r.size;
            return self;
        };
        t.define("__hash__", PyNone.INSTANCE);
        // sq_concat/sq_repeat have no slot wrappers in the kernel's table: expose the dunders as methods.
        t.method("__add__", (self, o) -> t.sq_concat.apply(self, o));
        t.method("__mul__", (self, o) -> mulOrNI(self, o, t.sq_repeat));
        t.method("__rmul__", (self, o) -> mulOrNI(self, o, t.sq_repeat));
        t.method("__iadd__", (self, o) -> t.sq_inplace_concat.apply(self, o));
        t.method("__imul__", (self, o) -> mulOrNI(self, o, t.sq_inplace_repeat));
        t.method("append", (self, x) -> {
            ((PyList) self).append(x);
            return PyNone.INSTANCE;
        });
        t.method("extend", (self, x) -> {
            extend((PyList) self, x);
            return PyNone.INSTANCE;
        });
        t.method("insert", (self, i, x) -> {
            PyList l = (PyList) self;
            long idx = normIndex(kiln.runtime.PyNumber.asLong(i) , l.size);
            ensure(l, l.size + 1);
            System.arraycopy(l.items, (int) idx, l.items, (int) idx + 1, l.size - (int) idx);
            l.items[(int) idx] = x;
            l.size++;
            return PyNone.INSTANCE;
        });
        t.methodN("pop", 0, 1, (self, a) -> {
            PyList l = (PyList) self;
            if (l.size == 0) throw Errors.indexError("pop from empty list");
            long i = a[0] == null ? l.size - 1 : kiln.runtime.PyNumber.asLong(a[0]);
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw Errors.indexError("pop index out of range");
            PyObject v = l.items[(int) i];
            removeAt(l, (int) i);
            return v;
        });
        t.method("remove", (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Seq.eq(l.items[i], x)) {
                    if (i < l.size) removeAt(l, i);
                    return PyNone.INSTANCE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        t.methodN("index", 1, 3, (self, a) -> {
            PyList l = (PyList) self;
            long start = TupleType.indexBound(a[1], 0, l.size);
            long stop = a[2] == null ? l.size : TupleType.indexBound(a[2], 0, l.size);
            for (long i = start; i < stop && i < l.size; i++) {
                if (Seq.eq(l.items[(int) i], a[0])) return PyInt.valueOf(i);
            }
            throw Errors.valueError(Abstract.reprJava(a[0]) + " is not in list");
        });
        t.method("count", (self, x) -> {
            PyList l = (PyList) self;
            int c = 0;
            for (int i = 0; i < l.size; i++) if (Seq.eq(l.items[i], x)) c++;
            return PyInt.valueOf(c);
        });
        t.method("reverse", self -> {
            PyList l = (PyList) self;
            reverse(l.items, l.size);
            return PyNone.INSTANCE;
        });
        t.method("copy", self -> new PyList(((PyList) self).toArray()));
        t.method("clear", self -> {
            PyList l = (PyList) self;
            // like CPython's _list_clear, a list with no storage is left alone (so clearing during sort is no change)
            if (l.items.length == 0) return PyNone.INSTANCE;
            l.items = EMPTY;
            l.size = 0;
            return PyNone.INSTANCE;
        });
        t.methodKw("sort", (self, a, off, n, kw) -> {
            PyObject[] p = SORT_ARGS.parse(a, off, n, kw);
            boolean rev = p[1] != null && Abstract.isTrue(reverseFlag(p[1]));
            sort((PyList) self, p[0], rev);
            return PyNone.INSTANCE;
        });
        t.method("__reversed__", self -> new ListRevIter((PyList) self));
        t.method("__sizeof__", self -> PyInt.valueOf(40 + 8L * ((PyList) self).items.length));
        t.classMethod("__class_getitem__", (cls, a, off, n, kw) -> {
            ArgParser.checkCount("__class_getitem__", n, 1, 1);
            return GenericAlias.of((PyType) cls, a[off]);
        });
    }

    /** A repeat wrapper: NotImplemented for a non-integer count, as CPython's wrapper of sq_repeat. */
    static PyObject mulOrNI(PyObject self, PyObject o, kiln.runtime.Slots.Binary f) {
        if (o.type().nb_index == null) return PyNotImplemented.INSTANCE;
        return f.apply(self, o);
    }

    /** reverse= of sort() is an int-like flag (CPython parses it with "i", so floats are rejected). */
    static PyObject reverseFlag(PyObject o) {
        if (o instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        return PyBool.of(kiln.runtime.PyNumber.index(o).signum() != 0);
    }

    /** {@code list_iterator}. */
    static final class ListIter extends PyObject {
        static final PyType TYPE = new PyType("list_iterator", PyType.OBJECT, 0);
        PyList seq;
        int index;

        ListIter(PyList seq) {
            super(TYPE);
            this.seq = seq;
        }

        static {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                ListIter it = (ListIter) self;
                PyList s = it.seq;
                if (s == null) return null;
                int i = it.index;
                if (i < s.size) {
                    it.index = i + 1;
                    return s.items[i];
                }
                it.seq = null;
                return null;
            };
            TYPE.method("__length_hint__", self -> {
                ListIter it = (ListIter) self;
                return PyInt.valueOf(it.seq == null ? 0 : Math.max(0, it.seq.size - it.index));
            });
            TYPE.method("__setstate__", (self, st) -> {
                ListIter it = (ListIter) self;
                if (it.seq != null) it.index = (int) Math.max(0, Math.min(kiln.runtime.PyNumber.asLong(st), it.seq.size));
                return PyNone.INSTANCE;
            });
            TYPE.ready();
        }
    }

    /** {@code list_reverseiterator}. */
    static final class ListRevIter extends PyObject {
        static final PyType TYPE = new PyType("list_reverseiterator", PyType.OBJECT, 0);
        PyList seq;
        int index;

        ListRevIter(PyList seq) {
            super(TYPE);
            this.seq = seq;
            this.index = seq.size - 1;
        }

        static {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                ListRevIter it = (ListRevIter) self;
                PyList s = it.seq;
                if (s == null) return null;
                int i = it.index;
                if (i >= 0 && i < s.size) {
                    it.index = i - 1;
                    return s.items[i];
                }
                it.index = -1;
                it.seq = null;
                return null;
            };
            TYPE.method("__length_hint__", self -> {
                ListRevIter it = (ListRevIter) self;
                return PyInt.valueOf(it.seq == null || it.index >= it.seq.size ? 0 : it.index + 1);
            });
            TYPE.method("__setstate__", (self, st) -> {
                ListRevIter it = (ListRevIter) self;
                if (it.seq != null) it.index = (int) Math.max(-1, Math.min(kiln.runtime.PyNumber.asLong(st), it.seq.size - 1));
                return PyNone.INSTANCE;
            });
            TYPE.ready();
        }
    }
}
