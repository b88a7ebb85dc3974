package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/**
 * {@code range} (CPython 3.12: Objects/rangeobject.c). Values are Python ints; when start, step and the
 * length all fit in a long ({@link #small}) iteration, indexing and membership use long arithmetic.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyType.OBJECT, PyType.SEQUENCE);

    public final PyInt start, stop, step, length;
    /** True when start, stop, step and length fit in longs and every item does too. */
    final boolean small;
    final long lstart, lstep, llen;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = PyInt.valueOf(computeLength(start.bigValue(), stop.bigValue(), step.bigValue()));
        boolean sm = start.big == null && stop.big == null && step.big == null && length.big == null;
        this.small = sm;
        this.lstart = start.value;
        this.lstep = step.value;
        this.llen = length.value;
    }

    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.valueOf(start), PyInt.valueOf(stop), PyInt.valueOf(step));
    }

    // CPython 3.12: Objects/rangeobject.c, compute_range_length
    static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    private static PyInt arg(PyObject o) {
        if (o instanceof PyInt i) return i.type() == PyInt.TYPE ? i : PyInt.valueOf(i.bigValue());
        return PyNumber.index(o);
    }

    /** The i-th item (0 <= i < len). */
    PyInt item(BigInteger i) { return PyInt.valueOf(start.bigValue().add(i.multiply(step.bigValue()))); }

    PyObject itemAt(PyObject key) {
        if (key instanceof PyInt ik && ik.big == null && small) {
            long i = ik.value;
            if (i < 0) i += llen;
            if (i < 0 || i >= llen) throw Errors.indexError("range object index out of range");
            return PyInt.valueOf(lstart + i * lstep);
        }
        if (key instanceof PySlice s) return slice(s);
        if (!(key instanceof PyInt) && key.type().nb_index == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + key.type().name());
        }
        BigInteger i = PyNumber.index(key).bigValue();
        BigInteger len = length.bigValue();
        if (i.signum() < 0) i = i.add(len);
        if (i.signum() < 0 || i.compareTo(len) >= 0) throw Errors.indexError("range object index out of range");
        return item(i);
    }

    // CPython 3.12: Objects/rangeobject.c, compute_slice
    PyRange slice(PySlice s) {
        PyTuple t = (PyTuple) Abstract.call(Abstract.getAttr(s, "indices"), length);
        BigInteger ss = ((PyInt) t.items[0]).bigValue(), se = ((PyInt) t.items[1]).bigValue(), st = ((PyInt) t.items[2]).bigValue();
        BigInteger b = start.bigValue(), k = step.bigValue();
        return new PyRange(PyInt.valueOf(b.add(ss.multiply(k))), PyInt.valueOf(b.add(se.multiply(k))), PyInt.valueOf(st.multiply(k)));
    }

    /** Membership for an exact int or bool, without iterating (CPython's range_contains_long). */
    boolean containsInt(PyInt x) {
        if (small && x.big == null) {
            long v = x.value;
            long stopv = stop.value;
            if (lstep > 0) {
                if (v < lstart || v >= stopv) return false;
            } else if (v > lstart || v <= stopv) {
                return false;
            }
            long d = v - lstart;
            // No overflow when the signs of v and start agree or the difference kept its sign.
            if (((v ^ lstart) & (v ^ d)) >= 0) return d % lstep == 0;
        }
        BigInteger v = x.bigValue(), b = start.bigValue(), e = stop.bigValue(), k = step.bigValue();
        if (k.signum() > 0) {
            if (v.compareTo(b) < 0 || v.compareTo(e) >= 0) return false;
        } else if (v.compareTo(b) > 0 || v.compareTo(e) <= 0) {
            return false;
        }
        return v.subtract(b).mod(k.abs()).signum() == 0;
    }

    static boolean isExactIntLike(PyObject o) { return o.type() == PyInt.TYPE || o.type() == PyBool.TYPE; }

    boolean contains(PyObject x) {
        if (isExactIntLike(x)) return containsInt((PyInt) x);
        PyObject it = Abstract.getIter(this);
        for (PyObject y; (y = Abstract.next(it)) != null; ) if (Seq.eq(y, x)) return true;
        return false;
    }

    // CPython 3.12: Objects/rangeobject.c, range_richcompare / range_equals
    static boolean rangeEquals(PyRange a, PyRange b) {
        if (a == b) return true;
        if (!Abstract.eq(a.length, b.length)) return false;
        if (a.length.signum() == 0) return true;
        if (!Abstract.eq(a.start, b.start)) return false;
        if (a.length.big == null && a.length.value == 1) return true;
        return Abstract.eq(a.step, b.step);
    }

    static {
        TYPE.tp_new = (t, a, off, n, kw) -> {
            ArgParser.checkNoKeywords("range", kw);
            if (n == 1) return new PyRange(PyInt.valueOf(0), arg(a[off]), PyInt.valueOf(1));
            if (n == 2 || n == 3) {
                PyInt b = arg(a[off]), e = arg(a[off + 1]);
                PyInt s = n == 3 ? arg(a[off + 2]) : PyInt.valueOf(1);
                if (s.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
                return new PyRange(b, e, s);
            }
            if (n == 0) throw Errors.typeError("range expected at least 1 argument, got 0");
            throw Errors.typeError("range expected at most 3 arguments, got " + n);
        };
        TYPE.tp_repr = self -> {
            PyRange r = (PyRange) self;
            String s = "range(" + Abstract.reprJava(r.start) + ", " + Abstract.reprJava(r.stop);
            if (!(r.step.big == null && r.step.value == 1)) s += ", " + Abstract.reprJava(r.step);
            return new PyStr(s + ")");
        };
        TYPE.tp_hash = self -> {
            PyRange r = (PyRange) self;
            PyObject none = PyNone.INSTANCE;
            if (r.length.signum() == 0) return Abstract.hash(PyTuple.of(r.length, none, none));
            if (r.length.big == null && r.length.value == 1) return Abstract.hash(PyTuple.of(r.length, r.start, none));
            return Abstract.hash(PyTuple.of(r.length, r.start, r.step));
        };
        TYPE.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof PyRange o) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
            boolean eq = rangeEquals((PyRange) self, o);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.tp_iter = self -> {
            PyRange r = (PyRange) self;
            if (r.small && r.stop.big == null) return new RangeIter(r.lstart, r.lstep, r.llen);
            return new LongRangeIter(r.start.bigValue(), r.step.bigValue(), r.length.bigValue());
        };
        TYPE.mp_length = self -> {
            PyRange r = (PyRange) self;
            if (r.length.big != null) throw Errors.overflowError("Python int too large to convert to C ssize_t");
            return r.length.value;
        };
        TYPE.nb_bool = self -> ((PyRange) self).length.signum() != 0;
        TYPE.mp_subscript = (self, key) -> ((PyRange) self).itemAt(key);
        TYPE.sq_contains = (self, x) -> ((PyRange) self).contains(x);
        TYPE.getter("start", self -> ((PyRange) self).start);
        TYPE.getter("stop", self -> ((PyRange) self).stop);
        TYPE.getter("step", self -> ((PyRange) self).step);
        TYPE.method("count", (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactIntLike(x)) return PyInt.valueOf(r.containsInt((PyInt) x) ? 1 : 0);
            long c = 0;
            PyObject it = Abstract.getIter(r);
            for (PyObject y; (y = Abstract.next(it)) != null; ) if (Seq.eq(y, x)) c++;
            return PyInt.valueOf(c);
        });
        TYPE.method("index", (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactIntLike(x)) {
                if (!r.containsInt((PyInt) x)) throw Errors.valueError(Abstract.reprJava(x) + " is not in range");
                return PyInt.valueOf(((PyInt) x).bigValue().subtract(r.start.bigValue()).divide(r.step.bigValue()));
            }
            long i = 0;
            PyObject it = Abstract.getIter(r);
            for (PyObject y; (y = Abstract.next(it)) != null; i++) if (Seq.eq(y, x)) return PyInt.valueOf(i);
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        TYPE.method("__reversed__", self -> {
            PyRange r = (PyRange) self;
            BigInteger len = r.length.bigValue();
            BigInteger last = r.start.bigValue().add(len.subtract(BigInteger.ONE).multiply(r.step.bigValue()));
            BigInteger negStep = r.step.bigValue().negate();
            if (len.bitLength() < 63 && last.bitLength() < 63 && negStep.bitLength() < 63
                    && last.add(negStep.multiply(len)).bitLength() < 63) {
                return new RangeIter(last.longValue(), negStep.longValue(), len.longValue());
            }
            return new LongRangeIter(last, negStep, len);
        });
        TYPE.method("__reduce__", self -> {
            PyRange r = (PyRange) self;
            return PyTuple.of(TYPE, PyTuple.of(r.start, r.stop, r.step));
        });
        TYPE.ready();
    }

    /** {@code range_iterator}: long arithmetic. */
    static final class RangeIter extends PyObject {
        static final PyType TYPE = new PyType("range_iterator", PyType.OBJECT, 0);
        long next, step, left;

        RangeIter(long start, long step, long len) {
            super(TYPE);
            this.next = start;
            this.step = step;
            this.left = len;
        }

        static {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                RangeIter it = (RangeIter) self;
                if (it.left <= 0) return null;
                long v = it.next;
                it.left--;
                it.next = v + it.step;
                return PyInt.valueOf(v);
            };
            TYPE.method("__length_hint__", self -> PyInt.valueOf(Math.max(0, ((RangeIter) self).left)));
            TYPE.method("__setstate__", (self, st) -> {
                RangeIter it = (RangeIter) self;
                long k = Math.max(0, Math.min(kiln.runtime.PyNumber.asLong(st), Math.max(0, it.left)));
                it.next += k * it.step;
                it.left -= k;
                return PyNone.INSTANCE;
            });
            TYPE.ready();
        }
    }

    /** {@code longrange_iterator}: arbitrary precision. */
    static final class LongRangeIter extends PyObject {
        static final PyType TYPE = new PyType("longrange_iterator", PyType.OBJECT, 0);
        BigInteger next, step, left;

        LongRangeIter(BigInteger start, BigInteger step, BigInteger len) {
            super(TYPE);
            this.next = start;
            this.step = step;
            this.left = len;
        }

        static {
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                LongRangeIter it = (LongRangeIter) self;
                if (it.left.signum() <= 0) return null;
                BigInteger v = it.next;
                it.left = it.left.subtract(BigInteger.ONE);
                it.next = v.add(it.step);
                return PyInt.valueOf(v);
            };
            TYPE.method("__length_hint__", self -> PyInt.valueOf(((LongRangeIter) self).left.max(BigInteger.ZERO)));
            TYPE.ready();
        }
    }
}
