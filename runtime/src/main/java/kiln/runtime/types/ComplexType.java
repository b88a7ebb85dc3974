package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;

/** Slots and methods of {@code complex} (CPython 3.12: Objects/complexobject.c). */
final class ComplexType {
    private ComplexType() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    @FunctionalInterface
    interface ComplexOp { PyObject apply(double ar, double ai, double br, double bi); }

    /** Operands as (real, imag), or null when the type is not a number complex knows. */
    private static double[] parts(PyObject o) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat f) return new double[] {f.value, 0.0};
        if (o instanceof PyInt i) return new double[] {IntMath.toDouble(i), 0.0};
        return null;
    }

    static Slots.Binary binary(ComplexOp op) {
        return (a, b) -> {
            double[] x = parts(a), y = parts(b);
            if (x == null || y == null) return NI;
            return op.apply(x[0], x[1], y[0], y[1]);
        };
    }

    static void init(PyType t) {
        t.tp_repr = self -> new PyStr(repr(((PyComplex) self).real, ((PyComplex) self).imag));
        t.tp_hash = self -> NumericHash.hashComplex(((PyComplex) self).real, ((PyComplex) self).imag, self);
        t.tp_richcompare = ComplexType::richCompare;
        t.nb_bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.nb_add = binary((ar, ai, br, bi) -> PyComplex.valueOf(ar + br, ai + bi));
        t.nb_subtract = binary((ar, ai, br, bi) -> PyComplex.valueOf(ar - br, ai - bi));
        t.nb_multiply = binary((ar, ai, br, bi) -> PyComplex.valueOf(ar * br - ai * bi, ar * bi + ai * br));
        t.nb_true_divide = binary((ar, ai, br, bi) -> {
            double[] q = quot(ar, ai, br, bi);
            if (q == null) throw Errors.zeroDivisionError("complex division by zero");
            return PyComplex.valueOf(q[0], q[1]);
        });
        t.nb_power = (v, w, z) -> {
            double[] x = parts(v), y = parts(w);
            if (x == null || y == null) return NI;
            if (z != PyNone.INSTANCE) throw Errors.valueError("complex modulo");
            return power(x[0], x[1], y[0], y[1]);
        };
        t.nb_negative = self -> PyComplex.valueOf(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.nb_positive = self -> exact((PyComplex) self);
        t.nb_absolute = self -> {
            PyComplex c = (PyComplex) self;
            double r = Libm.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw Errors.overflowError("absolute value too large");
            }
            return PyFloat.valueOf(r);
        };
        t.tp_new = ComplexType::newComplex;
        t.method("conjugate", self -> PyComplex.valueOf(((PyComplex) self).real, -((PyComplex) self).imag));
        t.method("__complex__", self -> exact((PyComplex) self));
        t.method("__getnewargs__", self -> PyTuple.of(PyFloat.valueOf(((PyComplex) self).real),
                PyFloat.valueOf(((PyComplex) self).imag)));
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("__format__() argument must be str, not " + (spec == PyNone.INSTANCE ? "None" : spec.type().name()));
            }
            if (s.value().isEmpty()) return Abstract.str(self);
            return new PyStr(NumberFormat.formatComplex((PyComplex) self, s.value()));
        });
        t.method("__sizeof__", self -> PyInt.valueOf(32));
        t.getter("real", self -> PyFloat.valueOf(((PyComplex) self).real));
        t.getter("imag", self -> PyFloat.valueOf(((PyComplex) self).imag));
        t.define("__doc__", new PyStr("Create a complex number from a real part and an optional imaginary part.\n\n"
                + "This is equivalent to (real + imag*1j) where imag defaults to 0."));
    }

    static PyComplex exact(PyComplex c) { return c.type() == PyComplex.TYPE ? c : PyComplex.valueOf(c.real, c.imag); }

    /** repr(complex) (CPython 3.12: complex_repr): the real part is left out when it is +0. */
    static String repr(double re, double im) {
        String ims = FloatFormat.isNegative(im) ? "-" : "+";
        String imBody = FloatFormat.render(Math.abs(im), 'r', 0, false, false, false);
        if (re == 0 && !FloatFormat.isNegative(re)) {
            return (ims.equals("-") ? "-" : "") + imBody + "j";
        }
        String reBody = (FloatFormat.isNegative(re) ? "-" : "") + FloatFormat.render(Math.abs(re), 'r', 0, false, false, false);
        return "(" + reBody + ims + imBody + "j)";
    }

    static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) return NI;
        PyComplex c = (PyComplex) self;
        boolean eq;
        if (other instanceof PyInt i) {
            eq = c.imag == 0 && FloatType.compareWithInt(c.real, i, CompareOp.EQ);
        } else if (other instanceof PyFloat f) {
            eq = c.real == f.value && c.imag == 0;
        } else if (other instanceof PyComplex o) {
            eq = c.real == o.real && c.imag == o.imag;
        } else {
            return NI;
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    /** a / b with Smith's scaling (CPython 3.12: _Py_c_quot); null for division by zero. */
    static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br), absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) return null;
            double ratio = bi / br, denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi, denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static final class PowError extends RuntimeException {
        PowError() { super(null, null, false, false); }
    }

    /** a ** b (CPython 3.12: complex_pow with c_powi for small integral exponents, else _Py_c_pow). */
    static PyObject power(double ar, double ai, double br, double bi) {
        double[] p;
        try {
            if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) p = powi(ar, ai, (long) br);
            else p = pow(ar, ai, br, bi);
        } catch (PowError e) {
            throw Errors.zeroDivisionError("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) throw Errors.overflowError("complex exponentiation");
        return PyComplex.valueOf(p[0], p[1]);
    }

    private static double[] pow(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) return new double[] {1.0, 0.0};
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) throw new PowError();
            return new double[] {0.0, 0.0};
        }
        double vabs = Libm.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Libm.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        // C's cos/sin of an infinity set errno to EDOM, which complex_pow reports as this ZeroDivisionError.
        if (Double.isInfinite(phase)) throw new PowError();
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    private static double[] powu(double xr, double xi, long n) {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    private static double[] powi(double xr, double xi, long n) {
        if (n > 0) return powu(xr, xi, n);
        double[] d = powu(xr, xi, -n);
        double[] q = quot(1.0, 0.0, d[0], d[1]);
        if (q == null) throw new PowError();
        return q;
    }

    // --- construction ---

    static PyObject newComplex(PyType type, PyObject[] args, int off, int nargs, PyStr[] kw) {
        PyObject r = null, i = null;
        int nkw = kw == null ? 0 : kw.length;
        if (nargs + nkw > 2) throw Errors.typeError("complex() takes at most 2 arguments (" + (nargs + nkw) + " given)");
        if (nargs > 0) r = args[off];
        if (nargs > 1) i = args[off + 1];
        for (int k = 0; k < nkw; k++) {
            String name = kw[k].value();
            PyObject v = args[off + nargs + k];
            if (name.equals("real")) {
                if (r != null) throw Errors.typeError("argument for complex() given by name ('real') and position (1)");
                r = v;
            } else if (name.equals("imag")) {
                if (i != null) throw Errors.typeError("argument for complex() given by name ('imag') and position (2)");
                i = v;
            } else {
                throw Errors.typeError("'" + name + "' is an invalid keyword argument for complex()");
            }
        }
        if (r == null) r = PyInt.valueOf(0);
        if (r.type() == PyComplex.TYPE && i == null && type == PyComplex.TYPE) return r;
        if (r instanceof PyStr s) {
            if (i != null) throw Errors.typeError("complex() can't take second arg if first is a string");
            double[] c = parseComplex(s.value());
            return make(type, c[0], c[1]);
        }
        if (i instanceof PyStr) throw Errors.typeError("complex() second arg can't be a string");
        PyObject special = Abstract.lookupSpecial(r, PyStr.intern("__complex__"));
        if (special != null) {
            PyObject res = Abstract.call0(special);
            if (!(res instanceof PyComplex)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + res.type().name() + ")");
            }
            r = res;
        }
        if (!(r instanceof PyComplex) && r.type().nb_float == null && r.type().nb_index == null) {
            throw Errors.typeError("complex() first argument must be a string or a number, not '" + r.type().name() + "'");
        }
        if (i != null && !(i instanceof PyComplex) && i.type().nb_float == null && i.type().nb_index == null) {
            throw Errors.typeError("complex() second argument must be a number, not '" + i.type().name() + "'");
        }
        double crr, cri = 0, cir = 0, cii = 0;
        boolean crComplex = false, ciComplex = false;
        if (r instanceof PyComplex c) {
            crr = c.real;
            cri = c.imag;
            crComplex = true;
        } else {
            crr = FloatType.toDouble(r);
        }
        if (i == null) {
            cir = cri;
        } else if (i instanceof PyComplex c) {
            cir = c.real;
            cii = c.imag;
            ciComplex = true;
        } else {
            cir = FloatType.toDouble(i);
        }
        if (ciComplex) crr -= cii;
        if (crComplex && i != null) cir += cri;
        return make(type, crr, cir);
    }

    private static PyComplex make(PyType type, double re, double im) {
        return type == PyComplex.TYPE ? PyComplex.valueOf(re, im) : new PyComplex(type, re, im);
    }

    private static kiln.runtime.PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }

    /** complex(str) (CPython 3.12: complex_from_string_inner). */
    static double[] parseComplex(String original) {
        String s = FloatParse.toAscii(original);
        if (s.indexOf('_') >= 0) {
            StringBuilder b = new StringBuilder(s.length());
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '_') {
                    if (k == 0 || k == s.length() - 1 || !FloatParse.isDigit(s.charAt(k - 1))
                            || !FloatParse.isDigit(s.charAt(k + 1))) {
                        // Misplaced underscores are caught before parsing, with the generic message.
                        throw Errors.valueError("could not convert string to complex: "
                                + Abstract.reprJava(new PyStr(original)));
                    }
                    continue;
                }
                b.append(c);
            }
            s = b.toString();
        }
        int n = s.length(), p = 0;
        double x = 0, y = 0;
        while (p < n && FloatParse.isSpace(s.charAt(p))) p++;
        boolean bracket = false;
        if (p < n && s.charAt(p) == '(') {
            bracket = true;
            p++;
            while (p < n && FloatParse.isSpace(s.charAt(p))) p++;
        }
        int[] end = new int[1];
        double z = prefixFloat(s, p, end);
        if (end[0] != p) {
            p = end[0];
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                x = z;
                double w = prefixFloat(s, p, end);
                if (end[0] != p) {
                    y = w;
                    p = end[0];
                } else {
                    y = s.charAt(p) == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed();
                p++;
            } else if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                y = s.charAt(p) == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed();
            p++;
        }
        while (p < n && FloatParse.isSpace(s.charAt(p))) p++;
        if (bracket) {
            if (!(p < n && s.charAt(p) == ')')) throw malformed();
            p++;
            while (p < n && FloatParse.isSpace(s.charAt(p))) p++;
        }
        if (p != n) throw malformed();
        return new double[] {x, y};
    }

    /** The longest float literal at {@code p} (like strtod); end[0] == p when there is none. */
    private static double prefixFloat(String s, int p, int[] end) {
        int n = s.length(), k = p;
        boolean neg = false;
        if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
            neg = s.charAt(k) == '-';
            k++;
        }
        String rest = s.substring(k).toLowerCase();
        if (rest.startsWith("infinity")) { end[0] = k + 8; return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; }
        if (rest.startsWith("inf")) { end[0] = k + 3; return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; }
        if (rest.startsWith("nan")) { end[0] = k + 3; return Double.NaN; }
        int start = k, mant = 0;
        while (k < n && FloatParse.isDigit(s.charAt(k))) { k++; mant++; }
        if (k < n && s.charAt(k) == '.') {
            k++;
            while (k < n && FloatParse.isDigit(s.charAt(k))) { k++; mant++; }
        }
        if (mant == 0) {
            end[0] = p;
            return 0;
        }
        int mantEnd = k;
        if (k < n && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            int e = k + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) e++;
            int ds = e;
            while (e < n && FloatParse.isDigit(s.charAt(e))) e++;
            k = e > ds ? e : mantEnd;
        }
        end[0] = k;
        double v = Double.parseDouble(s.substring(start, k));
        return neg ? -v : v;
    }
}
