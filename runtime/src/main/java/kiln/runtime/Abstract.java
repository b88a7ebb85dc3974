package kiln.runtime;

import java.util.ArrayList;

import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyFunction;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyNotImplemented;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * The object protocol (CPython 3.12: Objects/abstract.c and Objects/object.c): attribute access, calls,
 * repr/str/hash, comparisons, truth, iteration, items. Everything goes through the type's slots.
 */
public final class Abstract {
    private Abstract() {}

    private static final PyObject[] NO_ARGS = new PyObject[0];

    // --- attributes ---

    public static PyObject getAttr(PyObject o, PyStr name) {
        Slots.GetAttr f = o.type().tp_getattro;
        try {
            if (f == null) throw noAttribute(o, name);
            return f.getattr(o, name);
        } catch (PyException e) {
            throw attributeErrorContext(e, o, name);
        }
    }

    /**
     * CPython's set_attribute_error_context: an AttributeError that leaves getattr gets the name and the object
     * (what "Did you mean" suggestions use) unless it already has either.
     */
    public static PyException attributeErrorContext(PyException e, PyObject o, PyStr name) {
        if (e.value instanceof kiln.runtime.exceptions.PyBaseException be && be.type().isSubtype(PyExceptions.AttributeError)) {
            PyObject[] a = be.attrs;
            if (a == null || (a[0] == null && a[1] == null)) {
                be.setAttr(0, name);
                be.setAttr(1, o);
            }
        }
        return e;
    }

    public static PyObject getAttr(PyObject o, String name) { return getAttr(o, PyStr.intern(name)); }

    /** getattr(o, name) or null when it raises AttributeError (other errors propagate). */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        Slots.GetAttr f = o.type().tp_getattro;
        if (f == null) return null;
        try {
            return f.getattr(o, name);
        } catch (PyException e) {
            if (e.matches(PyExceptions.AttributeError)) return null;
            throw e;
        }
    }

    public static PyObject lookupAttr(PyObject o, String name) { return lookupAttr(o, PyStr.intern(name)); }

    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        Slots.SetAttr f = o.type().tp_setattro;
        if (f == null) {
            boolean hasGet = o.type().tp_getattro != null;
            throw Errors.typeError("'" + o.type().name() + "' object has " + (hasGet ? "only read-only" : "no")
                    + " attributes (" + (value == null ? "del" : "assign to") + " ." + name.value() + ")");
        }
        f.setattr(o, name, value);
    }

    public static void setAttr(PyObject o, String name, PyObject value) { setAttr(o, PyStr.intern(name), value); }

    public static void delAttr(PyObject o, PyStr name) { setAttr(o, name, null); }

    public static PyException noAttribute(PyObject o, PyStr name) {
        return Errors.attributeError("'" + o.type().name() + "' object has no attribute '" + name.value() + "'");
    }

    /**
     * CPython's _PyObject_LookupSpecial: a special method looked up on the type (never the instance) and bound;
     * null when missing.
     */
    public static PyObject lookupSpecial(PyObject o, PyStr name) {
        PyObject f = o.type().lookup(name);
        if (f == null) return null;
        Slots.DescrGet g = f.type().tp_descr_get;
        return g == null ? f : g.get(f, o, o.type());
    }

    /** Calls special method {@code name} found on the type with self prepended; null when missing. */
    public static PyObject callSpecial(PyObject self, PyStr name, PyObject... args) {
        PyObject f = self.type().lookup(name);
        if (f == null) return null;
        if (f instanceof PyFunction) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(f, a, 0, a.length, null);
        }
        Slots.DescrGet g = f.type().tp_descr_get;
        if (g != null) f = g.get(f, self, self.type());
        return call(f, args, 0, args.length, null);
    }

    // --- calls ---

    public static PyObject call(PyObject callable, PyObject[] args, int off, int nargs, PyStr[] kwnames) {
        Slots.Call c = callable.type().tp_call;
        if (c == null) throw Errors.typeError("'" + callable.type().name() + "' object is not callable");
        return c.call(callable, args, off, nargs, kwnames);
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, 0, args.length, null);
    }

    public static PyObject call0(PyObject callable) { return call(callable, NO_ARGS, 0, 0, null); }

    /** f(*args, **kwargs) with a tuple and an optional dict, as CALL_FUNCTION_EX does. */
    public static PyObject callWithTupleAndDict(PyObject callable, PyTuple args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) return call(callable, args.items(), 0, args.size(), null);
        int n = args.size(), k = kwargs.size();
        PyObject[] a = new PyObject[n + k];
        System.arraycopy(args.items(), 0, a, 0, n);
        PyStr[] names = new PyStr[k];
        int j = 0;
        for (int i = kwargs.nextEntry(0); i >= 0; i = kwargs.nextEntry(i + 1)) {
            PyObject key = kwargs.keyAt(i);
            if (!(key instanceof PyStr s)) {
                if (callable instanceof kiln.runtime.types.PyBuiltinFunction b && b.kwDict != null) {
                    return b.kwDict.call(b.self, args.items(), 0, n, kwargs);
                }
                throw Errors.typeError("keywords must be strings");
            }
            names[j] = s;
            a[n + j] = kwargs.valueAt(i);
            j++;
        }
        return call(callable, a, 0, n, names);
    }

    public static boolean isCallable(PyObject o) { return o.type().tp_call != null; }

    // --- repr, str, hash ---

    public static PyStr repr(PyObject o) {
        Slots.Unary f = o.type().tp_repr;
        if (f == null) return new PyStr("<" + o.type().name() + " object at " + addressOf(o) + ">");
        Recursion.enter(" while getting the repr of an object");
        try {
            PyObject r = f.apply(o);
            if (!(r instanceof PyStr s)) throw Errors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
            return s;
        } finally {
            Recursion.leave();
        }
    }

    public static String reprJava(PyObject o) { return repr(o).value(); }

    public static PyStr str(PyObject o) {
        if (o.type() == PyStr.TYPE) return (PyStr) o;
        Slots.Unary f = o.type().tp_str;
        if (f == null) return repr(o);
        Recursion.enter(" while getting the str of an object");
        try {
            PyObject r = f.apply(o);
            if (!(r instanceof PyStr s)) throw Errors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
            return s;
        } finally {
            Recursion.leave();
        }
    }

    public static String strJava(PyObject o) { return str(o).value(); }

    /** A stable fake address for default reprs ("0x7f..."), unique per live object. */
    public static String addressOf(PyObject o) {
        return String.format("0x%012x", 0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    public static long hash(PyObject o) {
        Slots.Hash f = o.type().tp_hash;
        if (f == null) throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
        return f.hash(o);
    }

    // --- comparisons and truth ---

    /** CPython's do_richcompare: reflected first for a subclass that overrides, then both sides, then identity. */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        Recursion.enter(" in comparison");
        try {
            PyType tv = v.type(), tw = w.type();
            boolean checkedReverse = false;
            PyObject r;
            if (tv != tw && tw.isSubtype(tv) && tw.tp_richcompare != null) {
                checkedReverse = true;
                r = tw.tp_richcompare.compare(w, v, op.swapped());
                if (r != PyNotImplemented.INSTANCE) return r;
            }
            if (tv.tp_richcompare != null) {
                r = tv.tp_richcompare.compare(v, w, op);
                if (r != PyNotImplemented.INSTANCE) return r;
            }
            if (!checkedReverse && tw.tp_richcompare != null) {
                r = tw.tp_richcompare.compare(w, v, op.swapped());
                if (r != PyNotImplemented.INSTANCE) return r;
            }
            switch (op) {
                case EQ: return PyBool.of(v == w);
                case NE: return PyBool.of(v != w);
                default:
                    throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + tv.name()
                            + "' and '" + tw.name() + "'");
            }
        } finally {
            Recursion.leave();
        }
    }

    /** PyObject_RichCompareBool: identity implies equality for EQ/NE, as in containers. */
    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) return true;
            if (op == CompareOp.NE) return false;
        }
        PyObject r = richCompare(v, w, op);
        if (r instanceof PyBool b) return b == PyBool.TRUE;
        return isTrue(r);
    }

    public static boolean eq(PyObject v, PyObject w) { return richCompareBool(v, w, CompareOp.EQ); }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.INSTANCE) return false;
        PyType t = o.type();
        if (t.nb_bool != null) return t.nb_bool.test(o);
        if (t.mp_length != null) return t.mp_length.length(o) != 0;
        return true;
    }

    // --- iteration ---

    public static PyObject getIter(PyObject o) {
        PyType t = o.type();
        if (t.tp_iter != null) {
            PyObject it = t.tp_iter.apply(o);
            if (it.type().tp_iternext == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (t.mp_subscript != null && !t.hasFlag(PyType.MAPPING) && !t.isSubtype(PyDict.TYPE)) {
            return new kiln.runtime.types.PySeqIter(o);
        }
        throw Errors.typeError("'" + t.name() + "' object is not iterable");
    }

    /** The next item, or null when exhausted (a StopIteration raised by the iterator is absorbed). */
    public static PyObject next(PyObject it) {
        Slots.Next f = it.type().tp_iternext;
        if (f == null) throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        try {
            return f.next(it);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopIteration)) return null;
            throw e;
        }
    }

    /** All items of an iterable, as a fresh array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyList l && l.type() == PyList.TYPE) return l.toArray();
        if (iterable instanceof PyTuple t) return t.items().clone();
        PyObject it = getIter(iterable);
        long hint = lengthHint(iterable, 8);
        ArrayList<PyObject> out = new ArrayList<>((int) Math.min(hint, 1 << 16));
        for (PyObject x; (x = next(it)) != null; ) out.add(x);
        return out.toArray(new PyObject[0]);
    }

    // --- items and length ---

    public static PyObject getItem(PyObject o, PyObject key) {
        Slots.Binary f = o.type().mp_subscript;
        if (f != null) return f.apply(o, key);
        if (o instanceof PyType t) {
            PyObject cg = lookupAttr(t, "__class_getitem__");
            if (cg != null) return call(cg, key);
            if (t == PyType.TYPE) return kiln.runtime.types.GenericAlias.of(t, key);
            throw Errors.typeError("type '" + t.name() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + o.type().name() + "' object is not subscriptable");
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Slots.SetItem f = o.type().mp_ass_subscript;
        if (f == null) {
            if (o.type().mp_subscript != null) {
                throw Errors.typeError("'" + o.type().name() + "' object does not support item "
                        + (value == null ? "deletion" : "assignment"));
            }
            throw Errors.typeError("'" + o.type().name() + "' object does not support item "
                    + (value == null ? "deletion" : "assignment"));
        }
        f.set(o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) { setItem(o, key, null); }

    public static long len(PyObject o) {
        Slots.Length f = o.type().mp_length;
        if (f == null) throw Errors.typeError("object of type '" + o.type().name() + "' has no len()");
        return f.length(o);
    }

    private static final PyStr LENGTH_HINT = PyStr.intern("__length_hint__");

    /**
     * PyObject_LengthHint: len(o) if it has one (a TypeError from it falls back), else {@code __length_hint__()}
     * (NotImplemented or a TypeError give the default), checked to be an int &gt;= 0.
     */
    public static long lengthHint(PyObject o, long defaultValue) {
        if (o.type().mp_length != null) {
            try {
                return len(o);
            } catch (PyException e) {
                if (!e.matches(kiln.runtime.exceptions.PyExceptions.TypeError)) throw e;
            }
        }
        PyObject hint = lookupSpecial(o, LENGTH_HINT);
        if (hint == null) return defaultValue;
        PyObject r;
        try {
            r = call0(hint);
        } catch (PyException e) {
            if (e.matches(kiln.runtime.exceptions.PyExceptions.TypeError)) return defaultValue;
            throw e;
        }
        if (r == PyNotImplemented.INSTANCE) return defaultValue;
        if (!(r instanceof PyInt i)) throw Errors.typeError("__length_hint__ must be an integer, not " + r.type().name());
        if (i.big != null) {
            if (i.big.signum() > 0) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
        if (i.value < 0) throw Errors.valueError("__length_hint__() should return >= 0");
        return i.value;
    }

    /** {@code item in container}: __contains__, else iteration (CPython's PySequence_Contains). */
    public static boolean contains(PyObject container, PyObject item) {
        Slots.Contains f = container.type().sq_contains;
        if (f != null) return f.contains(container, item);
        PyType t = container.type();
        if (t.tp_iter == null && t.mp_subscript == null) {
            throw Errors.typeError("argument of type '" + t.name() + "' is not iterable");
        }
        PyObject it = getIter(container);
        for (PyObject x; (x = next(it)) != null; ) {
            if (richCompareBool(x, item, CompareOp.EQ)) return true;
        }
        return false;
    }

    // --- misc helpers used by several types ---

    public static PyObject isAbstract(PyObject f) {
        PyObject v = lookupAttr(f, "__isabstractmethod__");
        return PyBool.of(v != null && isTrue(v));
    }

    /** functools.update_wrapper's attribute copy, as staticmethod/classmethod do in 3.10+. */
    public static void copyWrapperAttributes(PyObject wrapper, PyObject wrapped) {
        PyDict d = wrapper.getDict();
        if (d == null) return;
        for (String a : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            PyObject v = lookupAttr(wrapped, a);
            if (v != null) d.setItem(PyStr.intern(a), v);
        }
        PyObject ann = lookupAttr(wrapped, "__annotations__");
        if (ann != null) d.setItem(PyStr.intern("__annotations__"), ann);
    }

    /** operator.index(o): the int an object stands for, with CPython's message. */
    public static PyInt index(PyObject o) { return PyNumber.index(o); }

    public static PyObject none() { return PyNone.INSTANCE; }

    public static PyObject bool(boolean b) { return PyBool.of(b); }
}
