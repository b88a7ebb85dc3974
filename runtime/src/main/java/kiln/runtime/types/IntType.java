package kiln.runtime.types;

import java.math.BigInteger;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;
import kiln.runtime.exceptions.PyExceptions;

/** Slots and methods of {@code int} (CPython 3.12: Objects/longobject.c). */
final class IntType {
    private IntType() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    @FunctionalInterface
    interface IntOp { PyObject apply(PyInt a, PyInt b); }

    /** A binary slot: int op int, NotImplemented for anything else (float etc. handle mixed operands). */
    static Slots.Binary binary(IntOp op) {
        return (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? op.apply(x, y) : NI;
    }

    static void init(PyType t) {
        t.tp_repr = self -> new PyStr(IntParse.toDecimal((PyInt) self));
        t.tp_hash = self -> NumericHash.hashInt((PyInt) self);
        t.tp_richcompare = (self, other, op) -> {
            if (!(other instanceof PyInt o)) return NI;
            return PyBool.of(op.test(IntMath.compare((PyInt) self, o)));
        };
        t.nb_bool = self -> ((PyInt) self).signum() != 0;
        t.nb_add = binary(IntMath::add);
        t.nb_subtract = binary(IntMath::sub);
        t.nb_multiply = binary(IntMath::mul);
        t.nb_floor_divide = binary(IntMath::floorDiv);
        t.nb_remainder = binary(IntMath::mod);
        t.nb_divmod = binary(IntMath::divmod);
        t.nb_true_divide = binary((a, b) -> PyFloat.valueOf(IntMath.trueDivide(a, b)));
        t.nb_lshift = binary(IntMath::lshift);
        t.nb_rshift = binary(IntMath::rshift);
        t.nb_and = binary(IntMath::and);
        t.nb_or = binary(IntMath::or);
        t.nb_xor = binary(IntMath::xor);
        t.nb_power = IntType::power;
        t.nb_negative = self -> IntMath.neg((PyInt) self);
        t.nb_positive = self -> IntMath.exact((PyInt) self);
        t.nb_absolute = self -> IntMath.abs((PyInt) self);
        t.nb_invert = self -> IntMath.invert((PyInt) self);
        t.nb_int = self -> IntMath.exact((PyInt) self);
        t.nb_index = self -> IntMath.exact((PyInt) self);
        t.nb_float = self -> PyFloat.valueOf(IntMath.toDouble((PyInt) self));
        t.tp_new = IntType::newInt;

        t.method("conjugate", self -> IntMath.exact((PyInt) self));
        t.method("bit_length", self -> PyInt.valueOf(IntMath.bitLength((PyInt) self)));
        t.method("bit_count", self -> PyInt.valueOf(IntMath.bitCount((PyInt) self)));
        t.method("as_integer_ratio", self -> PyTuple.of(IntMath.exact((PyInt) self), PyInt.valueOf(1)));
        t.method("is_integer", self -> PyBool.TRUE);
        t.method("__trunc__", self -> IntMath.exact((PyInt) self));
        t.method("__floor__", self -> IntMath.exact((PyInt) self));
        t.method("__ceil__", self -> IntMath.exact((PyInt) self));
        t.methodN("__round__", 0, 1, (self, a) -> {
            if (a[0] == null || a[0] == PyNone.INSTANCE) return IntMath.exact((PyInt) self);
            return IntMath.round((PyInt) self, PyNumber.index(a[0]));
        });
        t.method("__getnewargs__", self -> PyTuple.of(IntMath.exact((PyInt) self)));
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("__format__() argument must be str, not " + (spec == PyNone.INSTANCE ? "None" : spec.type().name()));
            }
            if (s.value().isEmpty()) return Abstract.str(self);
            return new PyStr(NumberFormat.formatInt((PyInt) self, s.value()));
        });
        t.method("__sizeof__", self -> {
            PyInt i = (PyInt) self;
            // CPython: 24-byte header plus 4 bytes per 30-bit digit (at least one).
            long digits = Math.max(1, (IntMath.bitLength(i) + 29) / 30);
            return PyInt.valueOf(24 + 4 * digits);
        });
        t.methodKw("to_bytes", IntType::toBytes);
        t.classMethod("from_bytes", IntType::fromBytes);
        t.getter("real", self -> IntMath.exact((PyInt) self));
        t.getter("imag", self -> PyInt.valueOf(0));
        t.getter("numerator", self -> IntMath.exact((PyInt) self));
        t.getter("denominator", self -> PyInt.valueOf(1));
        t.define("__doc__", new PyStr("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string "
                + "to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For "
                + "floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, "
                + "then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\n"
                + "given base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base "
                + "defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string "
                + "as an integer literal.\n>>> int('0b100', base=0)\n4"));
    }

    /** int ** int [% int] (CPython 3.12: long_pow); a negative exponent without modulus gives a float. */
    static PyObject power(PyObject v, PyObject w, PyObject z) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return NI;
        if (z == PyNone.INSTANCE) {
            if (b.signum() < 0) {
                return FloatType.power(IntMath.toDouble(a), IntMath.toDouble(b));
            }
            return IntMath.pow(a, b);
        }
        if (!(z instanceof PyInt m)) return NI;
        return IntMath.powMod(a, b, m);
    }

    // --- construction ---

    static PyObject newInt(PyType type, PyObject[] args, int off, int nargs, kiln.runtime.types.PyStr[] kw) {
        PyObject x = null, base = null;
        int nkw = kw == null ? 0 : kw.length;
        if (nargs + nkw > 2) throw Errors.typeError("int() takes at most 2 arguments (" + (nargs + nkw) + " given)");
        if (nargs > 0) x = args[off];
        if (nargs > 1) base = args[off + 1];
        for (int k = 0; k < nkw; k++) {
            String name = kw[k].value();
            if (name.equals("base") && base == null) {
                base = args[off + nargs + k];
            } else if (name.equals("base")) {
                throw Errors.typeError("argument for int() given by name ('base') and position (2)");
            } else {
                throw Errors.typeError("'" + name + "' is an invalid keyword argument for int()");
            }
        }
        PyInt r = construct(x, base);
        if (type == PyInt.TYPE) return r;
        return r.big == null ? PyInt.ofType(type, r.value) : PyInt.ofType(type, r.big);
    }

    static PyInt construct(PyObject x, PyObject base) {
        if (base == null) return x == null ? PyInt.valueOf(0) : toInt(x);
        long b = PyNumber.asLong(base);
        if (x == null) throw Errors.typeError("int() missing string argument");
        if ((b != 0 && b < 2) || b > 36) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        if (x instanceof PyStr s) return IntParse.parse(s.value(), (int) b);
        byte[] raw = bytesLike(x);
        if (raw != null) return parseBytes(raw, (int) b);
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    /** PyNumber_Long: __int__, then __index__, then the deprecated __trunc__, then text. */
    static PyInt toInt(PyObject o) {
        if (o.type() == PyInt.TYPE) return (PyInt) o;
        Slots.Unary nbInt = o.type().nb_int;
        if (nbInt != null) {
            PyObject r = nbInt.apply(o);
            if (r.type() == PyInt.TYPE) return (PyInt) r;
            if (!(r instanceof PyInt ri)) {
                throw Errors.typeError("__int__ returned non-int (type " + r.type().name() + ")");
            }
            return IntMath.exact(ri);
        }
        if (o.type().nb_index != null) return IntMath.exact(PyNumber.index(o));
        PyObject trunc = Abstract.lookupSpecial(o, PyStr.intern("__trunc__"));
        if (trunc != null) {
            PyObject r = Abstract.call0(trunc);
            if (r instanceof PyInt ri) return IntMath.exact(ri);
            if (r.type().nb_index == null) {
                throw Errors.typeError("__trunc__ returned non-Integral (type " + r.type().name() + ")");
            }
            return IntMath.exact(PyNumber.index(r));
        }
        if (o instanceof PyStr s) return IntParse.parse(s.value(), 10);
        byte[] raw = bytesLike(o);
        if (raw != null) return parseBytes(raw, 10);
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + o.type().name() + "'");
    }

    /** The contents of a bytes-like object (bytes, bytearray, memoryview), or null. */
    static byte[] bytesLike(PyObject o) {
        BytesOps.Buf b = BytesOps.buffer(o);
        return b == null ? null : b.copy();
    }

    private static PyInt parseBytes(byte[] raw, int base) {
        StringBuilder b = new StringBuilder(raw.length);
        for (byte x : raw) b.append((char) (x & 0xff));
        String s = b.toString();
        try {
            return IntParse.parse(s, base);
        } catch (kiln.runtime.PyException e) {
            if (!e.matches(PyExceptions.ValueError) || !Abstract.strJava(e.value).startsWith("invalid literal")) throw e;
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + bytesRepr(raw));
        }
    }

    static String bytesRepr(byte[] raw) {
        boolean dq = false, sq = false;
        for (byte x : raw) {
            if (x == '\'') sq = true;
            if (x == '"') dq = true;
        }
        char q = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : raw) {
            int c = x & 0xff;
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 32 || c >= 127) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        }
        String r = b.append(q).toString();
        return r.length() > 200 ? r.substring(0, 200) : r;
    }

    // --- to_bytes / from_bytes ---

    private static final kiln.runtime.ArgParser TO_BYTES =
            new kiln.runtime.ArgParser("to_bytes", new String[] {"length", "byteorder", "signed"}, 0, 0, 2);
    private static final kiln.runtime.ArgParser FROM_BYTES =
            new kiln.runtime.ArgParser("from_bytes", new String[] {"bytes", "byteorder", "signed"}, 0, 1, 2);

    private static boolean littleEndian(PyObject order, String fname) {
        if (order == null) return false;
        if (!(order instanceof PyStr s)) {
            throw Errors.typeError(fname + "() argument 'byteorder' must be str, not "
                    + (order == PyNone.INSTANCE ? "None" : order.type().name()));
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    /** The two's complement (or unsigned) bytes of {@code v}, big-endian unless {@code little}. */
    public static byte[] toByteArray(PyInt v, long length, boolean little, boolean signed) {
        if (length < 0) throw Errors.valueError("length argument must be non-negative");
        BigInteger x = v.bigValue();
        if (!signed && x.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
        int needBits = signed ? x.bitLength() + 1 : x.bitLength();
        if (needBits > length * 8) throw Errors.overflowError("int too big to convert");
        byte[] out = new byte[(int) length];
        byte[] tc = x.toByteArray();
        byte fill = (byte) (x.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = tc.length - 1 - i;
            out[(int) length - 1 - i] = src >= 0 ? tc[src] : fill;
        }
        if (little) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) { byte t = out[i]; out[i] = out[j]; out[j] = t; }
        }
        return out;
    }

    public static PyInt fromByteArray(byte[] raw, boolean little, boolean signed) {
        byte[] be = raw.clone();
        if (little) {
            for (int i = 0, j = be.length - 1; i < j; i++, j--) { byte t = be[i]; be[i] = be[j]; be[j] = t; }
        }
        if (be.length == 0) return PyInt.valueOf(0);
        return PyInt.valueOf(signed ? new BigInteger(be) : new BigInteger(1, be));
    }

    private static PyObject toBytes(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = TO_BYTES.parse(a, off, n, kw);
        long length = p[0] == null ? 1 : PyNumber.asLong(p[0]);
        boolean little = littleEndian(p[1], "to_bytes");
        boolean signed = p[2] != null && Abstract.isTrue(p[2]);
        byte[] out = toByteArray((PyInt) self, length, little, signed);
        return new PyBytes(out);
    }

    private static PyObject fromBytes(PyObject cls, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = FROM_BYTES.parse(a, off, n, kw);
        boolean little = littleEndian(p[1], "from_bytes");
        boolean signed = p[2] != null && Abstract.isTrue(p[2]);
        PyObject src = p[0];
        if (src instanceof PyStr) throw Errors.typeError("cannot convert 'str' object to bytes");
        BytesOps.Buf buf = BytesOps.buffer(src);
        if (buf != null) {
            PyInt r = fromByteArray(buf.copy(), little, signed);
            return cls == PyInt.TYPE ? r : Abstract.call(cls, r);
        }
        PyObject[] items = Abstract.toArray(src);
        byte[] raw = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = PyNumber.asLong(items[i]);
            if (v < 0 || v > 255) throw Errors.valueError("bytes must be in range(0, 256)");
            raw[i] = (byte) v;
        }
        PyInt r = fromByteArray(raw, little, signed);
        if (cls == PyInt.TYPE) return r;
        return Abstract.call(cls, r);
    }
}
