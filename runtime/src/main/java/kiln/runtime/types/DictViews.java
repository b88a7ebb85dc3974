package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.SlotDispatch;

/** dict_keys / dict_values / dict_items and the six dict iterator types (CPython 3.12: Objects/dictobject.c). */
public final class DictViews {
    private DictViews() {}

    static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    public static final PyType KEYS_TYPE = new PyType("dict_keys", PyType.OBJECT, 0);
    public static final PyType VALUES_TYPE = new PyType("dict_values", PyType.OBJECT, 0);
    public static final PyType ITEMS_TYPE = new PyType("dict_items", PyType.OBJECT, 0);

    static final PyType[] ITER_TYPES = {
        new PyType("dict_keyiterator", PyType.OBJECT, 0),
        new PyType("dict_valueiterator", PyType.OBJECT, 0),
        new PyType("dict_itemiterator", PyType.OBJECT, 0),
    };
    static final PyType[] REV_ITER_TYPES = {
        new PyType("dict_reversekeyiterator", PyType.OBJECT, 0),
        new PyType("dict_reversevalueiterator", PyType.OBJECT, 0),
        new PyType("dict_reverseitemiterator", PyType.OBJECT, 0),
    };

    static int kindOf(PyType t) { return t == KEYS_TYPE ? KEYS : t == VALUES_TYPE ? VALUES : ITEMS; }

    /** A view of a dict. */
    public static final class View extends PyObject {
        final PyDict dict;

        View(PyType type, PyDict dict) {
            super(type);
            this.dict = dict;
        }
    }

    /** An iterator over a dict's keys, values or items, forwards or reversed. */
    public static final class DictIter extends PyObject {
        PyDict dict;
        final int kind;
        final boolean reverse;
        int pos, expectSize, left;

        DictIter(PyDict d, int kind, boolean reverse) {
            super(reverse ? REV_ITER_TYPES[kind] : ITER_TYPES[kind]);
            this.dict = d;
            this.kind = kind;
            this.reverse = reverse;
            this.expectSize = d.size();
            this.left = d.size();
            this.pos = reverse ? d.entryLimit() - 1 : 0;
        }

        PyObject nextItem() {
            PyDict d = dict;
            if (d == null) return null;
            if (expectSize != d.size()) {
                expectSize = -1;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int i;
            if (reverse) {
                i = pos < d.entryLimit() ? pos : d.entryLimit() - 1;
                while (i >= 0 && d.keyAt(i) == null) i--;
                if (i < 0) {
                    dict = null;
                    return null;
                }
                pos = i - 1;
            } else {
                i = d.nextEntry(pos);
                if (i < 0) {
                    dict = null;
                    return null;
                }
                if (left == 0) {
                    dict = null;
                    throw Errors.runtimeError("dictionary keys changed during iteration");
                }
                pos = i + 1;
            }
            left--;
            return switch (kind) {
                case KEYS -> d.keyAt(i);
                case VALUES -> d.valueAt(i);
                default -> PyTuple.of(d.keyAt(i), d.valueAt(i));
            };
        }
    }

    private static View v(PyObject o) { return (View) o; }

    static boolean viewContains(View v, PyObject x) {
        switch (kindOf(v.type())) {
            case KEYS: return v.dict.getItem(x) != null;
            case ITEMS: {
                if (!(x instanceof PyTuple t) || t.items.length != 2) return false;
                PyObject val = v.dict.getItem(t.items[0]);
                return val != null && Seq.eq(val, t.items[1]);
            }
            default: {
                PyDict d = v.dict;
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) if (Seq.eq(d.valueAt(i), x)) return true;
                return false;
            }
        }
    }

    static boolean isSetLike(PyObject o) {
        return o instanceof PySet || o.type() == KEYS_TYPE || o.type() == ITEMS_TYPE;
    }

    static long lenOf(PyObject o) { return Abstract.len(o); }

    /** Every item of a is in b (CPython's all_contained_in). */
    static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Abstract.getIter(a);
        for (PyObject x; (x = Abstract.next(it)) != null; ) if (!Abstract.contains(b, x)) return false;
        return true;
    }

    // CPython 3.12: Objects/dictobject.c, dictview_richcompare
    static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        if (!isSetLike(other)) return PyNotImplemented.INSTANCE;
        long ls = lenOf(self), lo = lenOf(other);
        boolean ok;
        switch (op) {
            case EQ, NE -> {
                ok = ls == lo && allContainedIn(self, other);
                if (op == CompareOp.NE) ok = !ok;
            }
            case LT -> ok = ls < lo && allContainedIn(self, other);
            case LE -> ok = ls <= lo && allContainedIn(self, other);
            case GT -> ok = ls > lo && allContainedIn(other, self);
            default -> ok = ls >= lo && allContainedIn(other, self);
        }
        return PyBool.of(ok);
    }

    static PySet toSet(PyObject o) {
        PySet s = new PySet();
        s.update(o);
        return s;
    }

    static void initView(PyType t, int kind) {
        t.tp_iter = self -> new DictIter(v(self).dict, kind, false);
        t.mp_length = self -> v(self).dict.size();
        // dict_values has no __contains__: `in` iterates, as in CPython.
        if (kind != VALUES) t.sq_contains = (self, x) -> viewContains(v(self), x);
        t.tp_repr = self -> {
            if (ReprGuard.enter(self)) return new PyStr("...");
            try {
                PyObject[] items = Abstract.toArray(self);
                return new PyStr(self.type().name() + "(" + Seq.join(items, items.length, "[", "]") + ")");
            } finally {
                ReprGuard.leave(self);
            }
        };
        t.method("__reversed__", self -> new DictIter(v(self).dict, kind, true));
        t.getter("mapping", self -> new PyMappingProxy(v(self).dict));
        if (kind == VALUES) {
            t.ready();
            return;
        }
        t.tp_hash = SlotDispatch.HASH_NOT_IMPLEMENTED;
        t.define("__hash__", PyNone.INSTANCE);
        t.tp_richcompare = DictViews::compare;
        t.nb_subtract = (a, b) -> {
            PySet r = toSet(a);
            SetType.differenceUpdate(r, b);
            return r;
        };
        t.nb_or = (a, b) -> {
            PySet r = toSet(a);
            r.update(b);
            return r;
        };
        t.nb_xor = (a, b) -> {
            PySet r = toSet(a);
            SetType.symmetricDifferenceUpdate(r, b);
            return r;
        };
        t.nb_and = (a, b) -> {
            PyObject self = a, other = b;
            if (!(a instanceof View)) {
                self = b;
                other = a;
            }
            // Iterate the smaller side when both are set-like views/sets of known size.
            if (isSetLike(other) && lenOf(other) > lenOf(self)) {
                PyObject tmp = self;
                self = other;
                other = tmp;
            }
            PySet r = new PySet();
            PyObject it = Abstract.getIter(other);
            for (PyObject x; (x = Abstract.next(it)) != null; ) if (Abstract.contains(self, x)) r.add(x);
            return r;
        };
        t.method("isdisjoint", (self, other) -> {
            if (self == other) return PyBool.of(v(self).dict.size() == 0);
            PyObject a = self, b = other;
            if (isSetLike(other) && lenOf(other) > lenOf(self)) {
                a = other;
                b = self;
            }
            PyObject it = Abstract.getIter(b);
            for (PyObject x; (x = Abstract.next(it)) != null; ) if (Abstract.contains(a, x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        t.ready();
    }

    static void initIter(PyType t) {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((DictIter) self).nextItem();
        t.method("__length_hint__", self -> {
            DictIter it = (DictIter) self;
            return PyInt.valueOf(it.dict != null && it.expectSize == it.dict.size() ? it.left : 0);
        });
        t.ready();
    }

    static {
        initView(KEYS_TYPE, KEYS);
        initView(VALUES_TYPE, VALUES);
        initView(ITEMS_TYPE, ITEMS);
        for (PyType t : ITER_TYPES) initIter(t);
        for (PyType t : REV_ITER_TYPES) initIter(t);
    }
}
