package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code slice}. {@link #unpack} and {@link #adjust} are CPython's PySlice_Unpack and PySlice_AdjustIndices,
 * which every sequence uses to turn a slice into (start, stop, step, length).
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = new PyType("slice", PyType.OBJECT, 0);

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** Result of resolving a slice against a length: {@code start, stop, step, length} of the selection. */
    public static final class Bounds {
        public long start, stop, step, length;
    }

    /** _PyEval_SliceIndex with clamping to the long range, as CPython clamps to Py_ssize_t. */
    static long sliceIndex(PyObject o) {
        PyInt i;
        if (o instanceof PyInt pi) i = pi;
        else if (o.type().nb_index != null) i = kiln.runtime.PyNumber.index(o);
        else throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        if (i.big == null) return i.value;
        return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    // CPython 3.12: Objects/sliceobject.c, PySlice_Unpack
    public Bounds unpack() {
        Bounds b = new Bounds();
        if (step == PyNone.INSTANCE) {
            b.step = 1;
        } else {
            b.step = sliceIndex(step);
            if (b.step == 0) throw Errors.valueError("slice step cannot be zero");
            // -step must not overflow
            if (b.step < -Long.MAX_VALUE) b.step = -Long.MAX_VALUE;
        }
        if (start == PyNone.INSTANCE) b.start = b.step < 0 ? Long.MAX_VALUE : 0;
        else b.start = sliceIndex(start);
        if (stop == PyNone.INSTANCE) b.stop = b.step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        else b.stop = sliceIndex(stop);
        return b;
    }

    // CPython 3.12: Objects/sliceobject.c, PySlice_AdjustIndices
    public static long adjust(long length, Bounds b) {
        long start = b.start, stop = b.stop, step = b.step;
        if (start < 0) {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n = 0;
        if (step < 0) {
            if (stop < start) n = (start - stop - 1) / (-step) + 1;
        } else if (start < stop) {
            n = (stop - start - 1) / step + 1;
        }
        b.start = start;
        b.stop = stop;
        b.length = n;
        return n;
    }

    /** unpack + adjust for a sequence of {@code length} items. */
    public Bounds indices(long length) {
        Bounds b = unpack();
        adjust(length, b);
        return b;
    }

    private static BigInteger bigIndex(PyObject o) {
        if (o instanceof PyInt i) return i.bigValue();
        if (o.type().nb_index != null) return kiln.runtime.PyNumber.index(o).bigValue();
        throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    // CPython 3.12: Objects/sliceobject.c, _PySlice_GetLongIndices (arbitrary precision, for slice.indices())
    private PyTuple pyIndices(PyObject lenObj) {
        BigInteger length = kiln.runtime.PyNumber.index(lenObj).bigValue();
        if (length.signum() < 0) throw Errors.valueError("length should not be negative");
        BigInteger st = step == PyNone.INSTANCE ? BigInteger.ONE : bigIndex(step);
        if (st.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.add(lower) : length;
        BigInteger s, e;
        if (start == PyNone.INSTANCE) s = neg ? upper : lower;
        else s = clampBig(bigIndex(start), length, lower, upper);
        if (stop == PyNone.INSTANCE) e = neg ? lower : upper;
        else e = clampBig(bigIndex(stop), length, lower, upper);
        return PyTuple.of(PyInt.valueOf(s), PyInt.valueOf(e), PyInt.valueOf(st));
    }

    private static BigInteger clampBig(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            if (v.compareTo(lower) < 0) v = lower;
        } else if (v.compareTo(upper) > 0) {
            v = upper;
        }
        return v;
    }

    private PyTuple asTuple() { return PyTuple.of(start, stop, step); }

    static {
        TYPE.tp_new = (t, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("slice", kw);
            if (n < 1) throw Errors.typeError("slice expected at least 1 argument, got " + n);
            if (n > 3) throw Errors.typeError("slice expected at most 3 arguments, got " + n);
            PyObject none = PyNone.INSTANCE;
            if (n == 1) return new PySlice(none, a[off], none);
            return new PySlice(a[off], a[off + 1], n == 3 ? a[off + 2] : none);
        };
        TYPE.tp_repr = self -> {
            PySlice s = (PySlice) self;
            return new PyStr("slice(" + Abstract.reprJava(s.start) + ", " + Abstract.reprJava(s.stop) + ", "
                    + Abstract.reprJava(s.step) + ")");
        };
        // CPython 3.12: Objects/sliceobject.c, slice_hash (xxHash lanes over start, stop, step; no length term)
        TYPE.tp_hash = self -> {
            PySlice s = (PySlice) self;
            long acc = TupleType.XXPRIME_5;
            acc = TupleType.xxLane(acc, Abstract.hash(s.start));
            acc = TupleType.xxLane(acc, Abstract.hash(s.stop));
            acc = TupleType.xxLane(acc, Abstract.hash(s.step));
            return acc == -1 ? 1546275796L : acc;
        };
        TYPE.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof PySlice o)) return PyNotImplemented.INSTANCE;
            if (self == other) {
                return PyBool.of(op == CompareOp.EQ || op == CompareOp.LE || op == CompareOp.GE);
            }
            return Abstract.richCompare(((PySlice) self).asTuple(), o.asTuple(), op);
        };
        TYPE.getter("start", self -> ((PySlice) self).start);
        TYPE.getter("stop", self -> ((PySlice) self).stop);
        TYPE.getter("step", self -> ((PySlice) self).step);
        TYPE.method("indices", (self, len) -> ((PySlice) self).pyIndices(len));
        TYPE.method("__reduce__", self -> PyTuple.of(TYPE, ((PySlice) self).asTuple()));
        TYPE.ready();
    }
}
