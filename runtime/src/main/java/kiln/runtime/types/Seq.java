package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;

/** Helpers shared by list, tuple, range and the other sequences: index conversion, comparisons, repr. */
public final class Seq {
    private Seq() {}

    /** An item index from a subscript that is not a slice; {@code kind} names the type in messages ("list"). */
    public static long itemIndex(PyObject key, String kind) {
        if (key instanceof PyInt i) {
            if (i.big == null) return i.value;
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        if (key.type().nb_index == null) {
            throw Errors.typeError(kind + " indices must be integers or slices, not " + key.type().name());
        }
        return PyNumber.asIndex(key);
    }

    /** An optional start/stop argument of index()/count(): __index__, clamped like CPython's _PyEval_SliceIndex. */
    public static long clampedIndex(PyObject o) {
        if (o == null) return 0;
        return PySlice.sliceIndex(o);
    }

    /** Lexicographic comparison of two item arrays (CPython's list_richcompare / tuplerichcompare). */
    public static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) return PyBool.of(op == CompareOp.NE);
        int i = 0;
        for (; i < na && i < nb; i++) {
            PyObject x = a[i], y = b[i];
            if (x == y) continue;
            if (!Abstract.richCompareBool(x, y, CompareOp.EQ)) break;
        }
        if (i >= na || i >= nb) return PyBool.of(op.test(Integer.compare(na, nb)));
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return Abstract.richCompare(a[i], b[i], op);
    }

    /** "[1, 2]" style body of a repr with {@code open}/{@code close}. */
    public static String join(PyObject[] items, int n, String open, String close) {
        StringBuilder sb = new StringBuilder(n * 4 + 2).append(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Abstract.reprJava(items[i]));
        }
        return sb.append(close).toString();
    }

    /** Equality used by count/index/remove/contains: identity first, then __eq__. */
    public static boolean eq(PyObject x, PyObject y) {
        if (x == y) return true;
        if (x instanceof PyInt a && y instanceof PyInt b && a.type() == PyInt.TYPE && b.type() == PyInt.TYPE
                && a.big == null && b.big == null) {
            return a.value == b.value;
        }
        if (x instanceof PyStr a && y instanceof PyStr b && a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) {
            return a.value.equals(b.value);
        }
        return Abstract.richCompareBool(x, y, CompareOp.EQ);
    }

    /** A repeat count from {@code n * seq}: negative counts are zero. */
    public static long repeatCount(PyObject n) {
        PyInt i = PyNumber.index(n);
        if (i.big != null) {
            if (i.big.signum() < 0) return 0;
            throw Errors.of(kiln.runtime.exceptions.PyExceptions.MemoryError, new PyObject[0]);
        }
        return Math.max(0, i.value);
    }
}
