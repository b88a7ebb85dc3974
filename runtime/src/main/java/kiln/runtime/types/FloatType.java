package kiln.runtime.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;
import kiln.runtime.exceptions.PyExceptions;

/** Slots and methods of {@code float} (CPython 3.12: Objects/floatobject.c). */
final class FloatType {
    private FloatType() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    @FunctionalInterface
    interface DoubleOp { PyObject apply(double a, double b); }

    /** float op (float|int) in either order; NotImplemented for anything else. */
    static Slots.Binary binary(DoubleOp op) {
        return (a, b) -> {
            double x, y;
            if (a instanceof PyFloat f) x = f.value;
            else if (a instanceof PyInt i) x = IntMath.toDouble(i);
            else return NI;
            if (b instanceof PyFloat f) y = f.value;
            else if (b instanceof PyInt i) y = IntMath.toDouble(i);
            else return NI;
            return op.apply(x, y);
        };
    }

    static void init(PyType t) {
        t.tp_repr = self -> new PyStr(FloatFormat.repr(((PyFloat) self).value));
        t.tp_hash = self -> NumericHash.hashDouble(((PyFloat) self).value, self);
        t.tp_richcompare = (self, other, op) -> {
            double a = ((PyFloat) self).value;
            if (other instanceof PyFloat f) return PyBool.of(compareDoubles(a, f.value, op));
            if (other instanceof PyInt i) return PyBool.of(compareWithInt(a, i, op));
            return NI;
        };
        t.nb_bool = self -> ((PyFloat) self).value != 0;
        t.nb_add = binary((a, b) -> PyFloat.valueOf(a + b));
        t.nb_subtract = binary((a, b) -> PyFloat.valueOf(a - b));
        t.nb_multiply = binary((a, b) -> PyFloat.valueOf(a * b));
        t.nb_true_divide = binary((a, b) -> {
            if (b == 0) throw Errors.zeroDivisionError("float division by zero");
            return PyFloat.valueOf(a / b);
        });
        t.nb_floor_divide = binary((a, b) -> {
            if (b == 0) throw Errors.zeroDivisionError("float floor division by zero");
            return PyFloat.valueOf(divmod(a, b)[0]);
        });
        t.nb_remainder = binary((a, b) -> {
            if (b == 0) throw Errors.zeroDivisionError("float modulo");
            return PyFloat.valueOf(mod(a, b));
        });
        t.nb_divmod = binary((a, b) -> {
            if (b == 0) throw Errors.zeroDivisionError("float divmod()");
            double[] qr = divmod(a, b);
            return PyTuple.of(PyFloat.valueOf(qr[0]), PyFloat.valueOf(qr[1]));
        });
        t.nb_power = (v, w, z) -> {
            double a, b;
            if (v instanceof PyFloat f) a = f.value;
            else if (v instanceof PyInt i) a = IntMath.toDouble(i);
            else return NI;
            if (w instanceof PyFloat f) b = f.value;
            else if (w instanceof PyInt i) b = IntMath.toDouble(i);
            else return NI;
            if (z != PyNone.INSTANCE) {
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return power(a, b);
        };
        t.nb_negative = self -> PyFloat.valueOf(-((PyFloat) self).value);
        t.nb_positive = self -> exact((PyFloat) self);
        t.nb_absolute = self -> PyFloat.valueOf(Math.abs(((PyFloat) self).value));
        t.nb_int = self -> toInt(((PyFloat) self).value);
        t.nb_float = self -> exact((PyFloat) self);
        t.tp_new = FloatType::newFloat;

        t.method("conjugate", self -> exact((PyFloat) self));
        t.method("is_integer", self -> {
            double d = ((PyFloat) self).value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        t.method("as_integer_ratio", self -> asIntegerRatio(((PyFloat) self).value));
        t.method("hex", self -> new PyStr(FloatParse.hex(((PyFloat) self).value)));
        t.classMethod("fromhex", (cls, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("float.fromhex() takes no keyword arguments");
            if (n != 1) throw Errors.typeError("float.fromhex() takes exactly one argument (" + n + " given)");
            if (!(a[off] instanceof PyStr s)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyFloat r = PyFloat.valueOf(FloatParse.fromHex(s.value()));
            return cls == PyFloat.TYPE ? r : Abstract.call((PyObject) cls, r);
        });
        t.method("__trunc__", self -> toInt(((PyFloat) self).value));
        t.method("__floor__", self -> toInt(Math.floor(((PyFloat) self).value)));
        t.method("__ceil__", self -> toInt(Math.ceil(((PyFloat) self).value)));
        t.methodN("__round__", 0, 1, (self, a) -> round(((PyFloat) self).value, a[0]));
        t.method("__getnewargs__", self -> PyTuple.of(PyFloat.valueOf(((PyFloat) self).value)));
        t.classMethod("__getformat__", (cls, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("float.__getformat__() takes no keyword arguments");
            if (n != 1) throw Errors.typeError("float.__getformat__() takes exactly one argument (" + n + " given)");
            if (!(a[off] instanceof PyStr s)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + a[off].type().name());
            }
            if (!s.value().equals("double") && !s.value().equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return new PyStr("IEEE, little-endian");
        });
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("__format__() argument must be str, not " + (spec == PyNone.INSTANCE ? "None" : spec.type().name()));
            }
            if (s.value().isEmpty()) return Abstract.str(self);
            return new PyStr(NumberFormat.formatFloat(((PyFloat) self).value, s.value(), self.type().name()));
        });
        t.method("__sizeof__", self -> PyInt.valueOf(24));
        t.getter("real", self -> exact((PyFloat) self));
        t.getter("imag", self -> PyFloat.valueOf(0.0));
        t.define("__doc__", new PyStr("Convert a string or number to a floating point number, if possible."));
    }

    static PyFloat exact(PyFloat f) { return f.type() == PyFloat.TYPE ? f : PyFloat.valueOf(f.value); }

    // --- arithmetic ---

    /** Python's float % (result has the divisor's sign). */
    static double mod(double vx, double wx) {
        double m = vx % wx;
        if (m != 0) {
            if ((wx < 0) != (m < 0)) m += wx;
        } else {
            m = Math.copySign(0.0, wx);
        }
        return m;
    }

    /** (floor quotient, remainder) (CPython 3.12: float_divmod). */
    static double[] divmod(double vx, double wx) {
        double m = vx % wx;
        double div = (vx - m) / wx;
        if (m != 0) {
            if ((wx < 0) != (m < 0)) {
                m += wx;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, m};
    }

    private static boolean isOddInteger(double d) {
        return Math.abs(d) % 2.0 == 1.0;
    }

    /** float ** float with C99's special cases (CPython 3.12: float_pow); a negative base to a fraction is complex. */
    static PyObject power(double iv, double iw) {
        if (iw == 0) return PyFloat.valueOf(1.0);
        if (Double.isNaN(iv)) return PyFloat.valueOf(iv);
        if (Double.isNaN(iw)) return PyFloat.valueOf(iv == 1.0 ? 1.0 : iw);
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) return PyFloat.valueOf(1.0);
            if ((iw > 0) == (a > 1.0)) return PyFloat.valueOf(Math.abs(iw));
            return PyFloat.valueOf(0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0) return PyFloat.valueOf(odd ? iv : Math.abs(iv));
            return PyFloat.valueOf(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0) throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            return PyFloat.valueOf(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0) {
            if (iw != Math.floor(iw)) return ComplexType.power(iv, 0, iw, 0);
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) return PyFloat.valueOf(negate ? -1.0 : 1.0);
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw Errors.of(PyExceptions.OverflowError, PyInt.valueOf(34), new PyStr("Numerical result out of range"));
        }
        return PyFloat.valueOf(negate ? -ix : ix);
    }

    // --- comparisons ---

    static boolean compareDoubles(double a, double b, CompareOp op) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** Exact float-vs-int comparison, even for ints no double can hold (CPython 3.12: float_richcompare). */
    static boolean compareWithInt(double a, PyInt i, CompareOp op) {
        if (Double.isNaN(a)) return op == CompareOp.NE;
        if (Double.isInfinite(a)) return op.test(a > 0 ? 1 : -1);
        if (i.big == null && Math.abs(i.value) <= (1L << 53)) return compareDoubles(a, (double) i.value, op);
        if (i.big != null && i.big.bitLength() > 1030) return op.test(-i.big.signum());
        return op.test(new BigDecimal(a).compareTo(new BigDecimal(i.bigValue())));
    }

    // --- conversions ---

    /** int(x) of a float: truncation. */
    static PyInt toInt(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return PyInt.valueOf((long) d);
        return PyInt.valueOf(new BigDecimal(d).toBigInteger());
    }

    static PyTuple asIntegerRatio(double d) {
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert NaN to integer ratio");
        if (d == 0) return PyTuple.of(PyInt.valueOf(0), PyInt.valueOf(1));
        long bits = Double.doubleToRawLongBits(d);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int exp;
        if (rawExp == 0) exp = -1074;
        else {
            mant |= 1L << 52;
            exp = rawExp - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        if (d < 0) mant = -mant;
        if (exp >= 0) return PyTuple.of(PyInt.valueOf(BigInteger.valueOf(mant).shiftLeft(exp)), PyInt.valueOf(1));
        return PyTuple.of(PyInt.valueOf(mant), PyInt.valueOf(BigInteger.ONE.shiftLeft(-exp)));
    }

    /** round(x[, ndigits]) (CPython 3.12: float___round___impl and double_round). */
    static PyObject round(double x, PyObject ndigitsObj) {
        if (ndigitsObj == null || ndigitsObj == PyNone.INSTANCE) {
            double r = Math.rint(x);
            return toInt(r);
        }
        PyInt nd = PyNumber.index(ndigitsObj);
        if (Double.isNaN(x) || Double.isInfinite(x)) return PyFloat.valueOf(x);
        long ndigits = nd.big == null ? nd.value : (nd.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        if (ndigits > 323) return PyFloat.valueOf(x);
        if (ndigits < -308) return PyFloat.valueOf(0.0 * x);
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return PyFloat.valueOf(x);
        double r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw Errors.overflowError("rounded value too large to represent");
        if (r == 0) r = Math.copySign(0.0, x);
        return PyFloat.valueOf(r);
    }

    // --- construction ---

    static PyObject newFloat(PyType type, PyObject[] args, int off, int nargs, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError("float() takes no keyword arguments");
        if (nargs > 1) throw Errors.typeError("float expected at most 1 argument, got " + nargs);
        double v = nargs == 0 ? 0.0 : toDouble(args[off]);
        if (type == PyFloat.TYPE) return PyFloat.valueOf(v);
        return new PyFloat(type, v);
    }

    /** PyNumber_Float as a double. */
    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            if (o.type() == PyFloat.TYPE) return f.value;
        }
        Slots.Unary nbFloat = o.type().nb_float;
        if (nbFloat != null) {
            PyObject r = nbFloat.apply(o);
            if (!(r instanceof PyFloat f)) {
                throw Errors.typeError(o.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            return f.value;
        }
        if (o.type().nb_index != null) return IntMath.toDouble(PyNumber.index(o));
        if (o instanceof PyStr s) return FloatParse.parse(s.value());
        byte[] raw = IntType.bytesLike(o);
        if (raw != null) {
            StringBuilder b = new StringBuilder();
            for (byte x : raw) b.append((char) (x & 0xff));
            Double d = FloatParse.parseOrNull(b.toString());
            if (d == null) throw Errors.valueError("could not convert string to float: " + IntType.bytesRepr(raw));
            return d;
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + o.type().name() + "'");
    }
}
