package kiln.runtime;

import java.util.function.Function;

import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyNotImplemented;

/** The number protocol (CPython 3.12: Objects/abstract.c, binary_op1 / binary_iop1 / ternary_op). */
public final class PyNumber {
    private PyNumber() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    /** One binary operator: its nb slot, in-place slot, and symbol for messages. */
    public static final class Op {
        final String symbol;
        final Function<PyType, Slots.Binary> slot;
        final Function<PyType, Slots.Binary> islot;

        Op(String symbol, Function<PyType, Slots.Binary> slot, Function<PyType, Slots.Binary> islot) {
            this.symbol = symbol;
            this.slot = slot;
            this.islot = islot;
        }
    }

    public static final Op ADD = new Op("+", t -> t.nb_add, t -> t.nb_inplace_add);
    public static final Op SUB = new Op("-", t -> t.nb_subtract, t -> t.nb_inplace_subtract);
    public static final Op MUL = new Op("*", t -> t.nb_multiply, t -> t.nb_inplace_multiply);
    public static final Op MOD = new Op("%", t -> t.nb_remainder, t -> t.nb_inplace_remainder);
    public static final Op DIVMOD = new Op("divmod()", t -> t.nb_divmod, t -> null);
    public static final Op LSHIFT = new Op("<<", t -> t.nb_lshift, t -> t.nb_inplace_lshift);
    public static final Op RSHIFT = new Op(">>", t -> t.nb_rshift, t -> t.nb_inplace_rshift);
    public static final Op AND = new Op("&", t -> t.nb_and, t -> t.nb_inplace_and);
    public static final Op XOR = new Op("^", t -> t.nb_xor, t -> t.nb_inplace_xor);
    public static final Op OR = new Op("|", t -> t.nb_or, t -> t.nb_inplace_or);
    public static final Op FLOORDIV = new Op("//", t -> t.nb_floor_divide, t -> t.nb_inplace_floor_divide);
    public static final Op TRUEDIV = new Op("/", t -> t.nb_true_divide, t -> t.nb_inplace_true_divide);
    public static final Op MATMUL = new Op("@", t -> t.nb_matrix_multiply, t -> t.nb_inplace_matrix_multiply);

    /** BINARY_OP's oparg (NB_ADD=0 ... NB_XOR=12; +13 for the in-place forms) to operator. */
    public static final Op[] BY_OPARG = {ADD, AND, FLOORDIV, LSHIFT, MATMUL, MUL, MOD, OR, null, RSHIFT, SUB, TRUEDIV, XOR};

    static PyObject binaryOp1(PyObject v, PyObject w, Function<PyType, Slots.Binary> get) {
        PyType tv = v.type(), tw = w.type();
        Slots.Binary slotv = get.apply(tv);
        Slots.Binary slotw = null;
        if (tw != tv) {
            slotw = get.apply(tw);
            if (slotw == slotv) slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtype(tv)) {
                PyObject x = slotw.apply(v, w);
                if (x != NI) return x;
                slotw = null;
            }
            PyObject x = slotv.apply(v, w);
            if (x != NI) return x;
        }
        if (slotw != null) return slotw.apply(v, w);
        return NI;
    }

    private static PyException unsupported(PyObject v, PyObject w, String symbol) {
        String extra = "";
        if (symbol.equals(">>") && v.type().name().equals("builtin_function_or_method")
                && v instanceof kiln.runtime.types.PyBuiltinFunction f && f.name.equals("print")) {
            extra = ". Did you mean \"print(<message>, file=<output_stream>)\"?";
        }
        return Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + v.type().name() + "' and '"
                + w.type().name() + "'" + extra);
    }

    public static PyObject binary(PyObject v, PyObject w, Op op) {
        PyObject r = binaryOp1(v, w, op.slot);
        if (r != NI) return r;
        if (op == ADD) {
            Slots.Binary c = v.type().sq_concat;
            if (c != null) return c.apply(v, w);
        } else if (op == MUL) {
            Slots.Binary rv = v.type().sq_repeat, rw = w.type().sq_repeat;
            if (rv != null) return sequenceRepeat(rv, v, w);
            if (rw != null) return sequenceRepeat(rw, w, v);
        }
        throw unsupported(v, w, op.symbol);
    }

    private static PyObject sequenceRepeat(Slots.Binary repeat, PyObject seq, PyObject n) {
        if (n.type().nb_index == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        return repeat.apply(seq, n);
    }

    public static PyObject inplace(PyObject v, PyObject w, Op op) {
        Slots.Binary is = op.islot.apply(v.type());
        if (is != null) {
            PyObject x = is.apply(v, w);
            if (x != NI) return x;
        }
        PyObject r = binaryOp1(v, w, op.slot);
        if (r != NI) return r;
        if (op == ADD) {
            Slots.Binary c = v.type().sq_inplace_concat;
            if (c == null) c = v.type().sq_concat;
            if (c != null) return c.apply(v, w);
        } else if (op == MUL) {
            Slots.Binary rv = v.type().sq_inplace_repeat;
            if (rv == null) rv = v.type().sq_repeat;
            if (rv != null) return sequenceRepeat(rv, v, w);
            Slots.Binary rw = w.type().sq_repeat;
            if (rw != null) return sequenceRepeat(rw, w, v);
        }
        throw unsupported(v, w, op.symbol + "=");
    }

    public static PyObject add(PyObject v, PyObject w) { return binary(v, w, ADD); }
    public static PyObject subtract(PyObject v, PyObject w) { return binary(v, w, SUB); }
    public static PyObject multiply(PyObject v, PyObject w) { return binary(v, w, MUL); }
    public static PyObject remainder(PyObject v, PyObject w) { return binary(v, w, MOD); }
    public static PyObject floorDivide(PyObject v, PyObject w) { return binary(v, w, FLOORDIV); }
    public static PyObject trueDivide(PyObject v, PyObject w) { return binary(v, w, TRUEDIV); }
    public static PyObject divmod(PyObject v, PyObject w) { return binary(v, w, DIVMOD); }
    public static PyObject lshift(PyObject v, PyObject w) { return binary(v, w, LSHIFT); }
    public static PyObject rshift(PyObject v, PyObject w) { return binary(v, w, RSHIFT); }
    public static PyObject and(PyObject v, PyObject w) { return binary(v, w, AND); }
    public static PyObject or(PyObject v, PyObject w) { return binary(v, w, OR); }
    public static PyObject xor(PyObject v, PyObject w) { return binary(v, w, XOR); }
    public static PyObject matmul(PyObject v, PyObject w) { return binary(v, w, MATMUL); }

    /** pow(v, w, z) with z possibly None (CPython's ternary_op). */
    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        PyType tv = v.type(), tw = w.type();
        Slots.Ternary slotv = tv.nb_power, slotw = null;
        if (tw != tv) {
            slotw = tw.nb_power;
            if (slotw == slotv) slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtype(tv)) {
                PyObject x = slotw.apply(v, w, z);
                if (x != NI) return x;
                slotw = null;
            }
            PyObject x = slotv.apply(v, w, z);
            if (x != NI) return x;
        }
        if (slotw != null) {
            PyObject x = slotw.apply(v, w, z);
            if (x != NI) return x;
        }
        if (z != PyNone.INSTANCE) {
            Slots.Ternary slotz = z.type().nb_power;
            if (slotz != null && slotz != slotv && slotz != slotw) {
                PyObject x = slotz.apply(v, w, z);
                if (x != NI) return x;
            }
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + tv.name() + "', '" + tw.name()
                    + "', '" + z.type().name() + "'");
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + tv.name() + "' and '" + tw.name() + "'");
    }

    public static PyObject inplacePower(PyObject v, PyObject w) {
        Slots.Ternary is = v.type().nb_inplace_power;
        if (is != null) {
            PyObject x = is.apply(v, w, PyNone.INSTANCE);
            if (x != NI) return x;
        }
        try {
            return power(v, w, PyNone.INSTANCE);
        } catch (PyException e) {
            if (e.matches(kiln.runtime.exceptions.PyExceptions.TypeError) && v.type().nb_power == null && w.type().nb_power == null) {
                throw Errors.typeError("unsupported operand type(s) for **=: '" + v.type().name() + "' and '" + w.type().name() + "'");
            }
            throw e;
        }
    }

    private static PyObject unary(PyObject o, Slots.Unary f, String symbol) {
        if (f == null) throw Errors.typeError("bad operand type for " + symbol + ": '" + o.type().name() + "'");
        return f.apply(o);
    }

    public static PyObject negative(PyObject o) { return unary(o, o.type().nb_negative, "unary -"); }
    public static PyObject positive(PyObject o) { return unary(o, o.type().nb_positive, "unary +"); }
    public static PyObject invert(PyObject o) { return unary(o, o.type().nb_invert, "unary ~"); }
    public static PyObject absolute(PyObject o) { return unary(o, o.type().nb_absolute, "abs()"); }

    /** PyNumber_Index. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        Slots.Unary f = o.type().nb_index;
        if (f == null) {
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject r = f.apply(o);
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        }
        return i;
    }

    /** PyNumber_AsSsize_t with OverflowError on overflow (errName null) or IndexError-style clamp callers do themselves. */
    public static long asLong(PyObject o) {
        PyInt i = index(o);
        if (i.big != null) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** An index for sequences: like asLong but raising IndexError-compatible "cannot fit 'int' into an index-sized integer". */
    public static long asIndex(PyObject o) {
        PyInt i = index(o);
        if (i.big != null) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    /** PyNumber_Float's conversion to a Java double (float(), math functions). */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return kiln.runtime.types.IntMath.toDouble(i);
        Slots.Unary ff = o.type().nb_float;
        if (ff != null) {
            PyObject r = ff.apply(o);
            if (!(r instanceof PyFloat f)) {
                throw Errors.typeError(o.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            return f.value;
        }
        if (o.type().nb_index != null) return kiln.runtime.types.IntMath.toDouble(index(o));
        throw Errors.typeError("must be real number, not " + o.type().name());
    }
}
