package kiln.runtime.modules;

import java.math.BigInteger;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.CompareOp;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Recursion;
import kiln.runtime.Slots;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.BuiltinIterators;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyMethodDescr;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;
import kiln.runtime.types.UnionType;

/** The builtin functions that compute (CPython 3.12: Python/bltinmodule.c, Objects/abstract.c). */
public final class BuiltinsModuleCore {
    private BuiltinsModuleCore() {}

    /** "len() takes exactly one argument (2 given)" / "len() takes no keyword arguments". */
    static void one(String name, int n, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
        if (n != 1) throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
    }

    /** Argument Clinic's positional-only count check: "getattr expected at least 2 arguments, got 1". */
    static void range(String name, int n, PyStr[] kw, int min, int max) {
        if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
        ArgParser.checkCount(name, n, min, max);
    }

    // --- numbers and text ---

    static PyObject abs(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        one("abs", n, kw);
        return PyNumber.absolute(a[off]);
    }

    static PyObject intToBase(PyObject o, int radix, String prefix) {
        PyInt i = PyNumber.index(o);
        BigInteger v = i.bigValue();
        String digits = v.abs().toString(radix);
        return new PyStr((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    static PyObject chr(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        one("chr", n, kw);
        PyInt i = PyNumber.index(a[off]);
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        long v = i.value;
        if (v < 0 || v > 0x10FFFF) throw Errors.valueError("chr() arg not in range(0x110000)");
        return new PyStr(new String(Character.toChars((int) v)));
    }

    static PyObject ord(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        one("ord", n, kw);
        PyObject c = a[off];
        if (c instanceof PyStr s) {
            int len = s.length();
            if (len == 1) return PyInt.valueOf(s.codePointAt(0));
            throw Errors.typeError("ord() expected a character, but string of length " + len + " found");
        }
        String tn = c.type().name();
        if (isBuiltinNamed(c.type(), "bytes") || isBuiltinNamed(c.type(), "bytearray")) {
            long len = Abstract.len(c);
            if (len == 1) return Abstract.getItem(c, PyInt.valueOf(0));
            throw Errors.typeError("ord() expected a character, but string of length " + len + " found");
        }
        throw Errors.typeError("ord() expected string of length 1, but " + tn + " found");
    }

    /** True when t is, or derives from, the builtin type named {@code name} (for types other helpers own). */
    static boolean isBuiltinNamed(PyType t, String name) {
        for (PyType m : t.mro()) if (!m.isHeapType() && m.name().equals(name)) return true;
        return false;
    }

    /** ascii(): repr with non-ASCII characters escaped as \x, \\u or \U. */
    public static String asciiOf(PyObject o) {
        String r = Abstract.reprJava(o);
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            int w = Character.charCount(cp);
            if (cp < 128) {
                if (sb != null) sb.append((char) cp);
            } else {
                if (sb == null) sb = new StringBuilder(r.substring(0, i));
                if (cp < 0x100) sb.append(String.format("\\x%02x", cp));
                else if (cp < 0x10000) sb.append(String.format("\\u%04x", cp));
                else sb.append(String.format("\\U%08x", cp));
            }
            i += w;
        }
        return sb == null ? r : sb.toString();
    }

    static PyObject divmod(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        range("divmod", n, kw, 2, 2);
        return PyNumber.divmod(a[off], a[off + 1]);
    }

    private static final ArgParser POW = new ArgParser("pow", new String[] {"base", "exp", "mod"}, 0, 2, 3);

    static PyObject pow(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = POW.parse(a, off, n, kw);
        return PyNumber.power(p[0], p[1], p[2] == null ? PyNone.INSTANCE : p[2]);
    }

    private static final ArgParser ROUND = new ArgParser("round", new String[] {"number", "ndigits"}, 0, 1, 2);
    private static final PyStr ROUND_NAME = PyStr.intern("__round__");

    static PyObject round(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = ROUND.parse(a, off, n, kw);
        PyObject num = p[0];
        PyObject f = Abstract.lookupSpecial(num, ROUND_NAME);
        if (f == null) throw Errors.typeError("type " + num.type().name() + " doesn't define __round__ method");
        if (p[1] == null || p[1] == PyNone.INSTANCE) return Abstract.call0(f);
        return Abstract.call(f, p[1]);
    }

    private static final ArgParser FORMAT = new ArgParser("format", new String[] {"value", "format_spec"}, 2, 1, 2);
    private static final PyStr FORMAT_NAME = PyStr.intern("__format__");

    /** PyObject_Format. */
    public static PyObject format(PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr s)) throw Errors.typeError("format() argument 2 must be str, not " + spec.type().name());
        if (s.value().isEmpty()) {
            if (value.type() == PyStr.TYPE) return value;
            if (value.type() == PyInt.TYPE) return Abstract.str(value);
        }
        PyObject f = Abstract.lookupSpecial(value, FORMAT_NAME);
        if (f == null) throw Errors.typeError("Type " + value.type().name() + " doesn't define __format__");
        PyObject r = Abstract.call(f, spec);
        if (!(r instanceof PyStr)) throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        return r;
    }

    static PyObject formatFn(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = FORMAT.parse(a, off, n, kw);
        return format(p[0], p[1] == null ? PyStr.EMPTY : p[1]);
    }

    // --- attributes ---

    static PyObject getattr(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        range("getattr", n, kw, 2, 3);
        PyStr name = ArgParser.attrName(a[off + 1]);
        if (n == 2) return Abstract.getAttr(a[off], name);
        PyObject v = Abstract.lookupAttr(a[off], name);
        return v == null ? a[off + 2] : v;
    }

    static PyObject hasattr(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        range("hasattr", n, kw, 2, 2);
        return PyBool.of(Abstract.lookupAttr(a[off], ArgParser.attrName(a[off + 1])) != null);
    }

    static PyObject setattr(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        range("setattr", n, kw, 3, 3);
        Abstract.setAttr(a[off], ArgParser.attrName(a[off + 1]), a[off + 2]);
        return PyNone.INSTANCE;
    }

    static PyObject delattr(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        range("delattr", n, kw, 2, 2);
        Abstract.delAttr(a[off], ArgParser.attrName(a[off + 1]));
        return PyNone.INSTANCE;
    }

    private static final PyStr DIR = PyStr.intern("__dir__");

    /** dir(obj): __dir__ looked up on the type, made a list and sorted. */
    public static PyList dir(PyObject o) {
        PyObject f = Abstract.lookupSpecial(o, DIR);
        if (f == null) throw Errors.typeError("object does not provide __dir__");
        PyObject r = Abstract.call0(f);
        PyList l = new PyList(Abstract.toArray(r));
        PyList.sort(l, null, false);
        return l;
    }

    static PyObject vars(PyObject o) {
        PyObject d = Abstract.lookupAttr(o, "__dict__");
        if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
        return d;
    }

    // --- identity, hashing, iteration ---

    static PyObject hash(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        one("hash", n, kw);
        return PyInt.valueOf(Abstract.hash(a[off]));
    }

    static PyObject iter(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        range("iter", n, kw, 1, 2);
        if (n == 1) return Abstract.getIter(a[off]);
        if (!Abstract.isCallable(a[off])) throw Errors.typeError("iter(object, sentinel): object must be callable");
        return new BuiltinIterators.CallIter(a[off], a[off + 1]);
    }

    static PyObject next(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        range("next", n, kw, 1, 2);
        PyObject it = a[off];
        Slots.Next f = it.type().tp_iternext;
        if (f == null) throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        PyObject r;
        try {
            r = f.next(it);
        } catch (PyException e) {
            if (n == 2 && e.matches(PyExceptions.StopIteration)) return a[off + 1];
            throw e;
        }
        if (r != null) return r;
        if (n == 2) return a[off + 1];
        throw Errors.stopIteration();
    }

    static PyObject all(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        one("all", n, kw);
        PyObject it = Abstract.getIter(a[off]);
        for (PyObject x; (x = Abstract.next(it)) != null; ) if (!Abstract.isTrue(x)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    static PyObject any(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        one("any", n, kw);
        PyObject it = Abstract.getIter(a[off]);
        for (PyObject x; (x = Abstract.next(it)) != null; ) if (Abstract.isTrue(x)) return PyBool.TRUE;
        return PyBool.FALSE;
    }

    static PyObject aiter(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        one("aiter", n, kw);
        PyObject o = a[off];
        if (o.type().am_aiter == null) throw Errors.typeError("'" + o.type().name() + "' object is not an async iterable");
        PyObject it = o.type().am_aiter.apply(o);
        if (it.type().am_anext == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    static PyObject anext(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        range("anext", n, kw, 1, 2);
        PyObject it = a[off];
        if (it.type().am_anext == null) throw Errors.typeError("'" + it.type().name() + "' object is not an async iterator");
        PyObject awaitable = it.type().am_anext.apply(it);
        if (n == 1) return awaitable;
        return new AnextAwaitable(awaitable, a[off + 1]);
    }

    // --- min / max / sum / sorted ---

    static PyObject minmax(String name, CompareOp op, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject key = null, dflt = null;
        if (n == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                String kn = kw[k].value();
                if (kn.equals("key")) key = a[off + n + k];
                else if (kn.equals("default")) dflt = a[off + n + k];
                else throw Errors.typeError("'" + kn + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (n == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        if (key == PyNone.INSTANCE) key = null;
        if (n > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyObject best = null, bestKey = null;
        if (n == 1) {
            PyObject it = Abstract.getIter(a[off]);
            for (PyObject x; (x = Abstract.next(it)) != null; ) {
                PyObject kx = key == null ? x : Abstract.call(key, x);
                if (best == null || Abstract.richCompareBool(kx, bestKey, op)) {
                    best = x;
                    bestKey = kx;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                PyObject x = a[off + i];
                PyObject kx = key == null ? x : Abstract.call(key, x);
                if (best == null || Abstract.richCompareBool(kx, bestKey, op)) {
                    best = x;
                    bestKey = kx;
                }
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() iterable argument is empty");
        }
        return best;
    }

    private static final ArgParser SUM = new ArgParser("sum", new String[] {"iterable", "start"}, 1, 1, 2);

    // CPython 3.12: Python/bltinmodule.c, builtin_sum_impl (int and float fast paths, Neumaier summation)
    static PyObject sum(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = SUM.parse(a, off, n, kw);
        PyObject result = p[1] == null ? PyInt.valueOf(0) : p[1];
        if (p[1] != null) {
            PyType st = result.type();
            if (st.isSubtype(PyStr.TYPE)) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            if (isBuiltinNamed(st, "bytes")) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
            if (isBuiltinNamed(st, "bytearray")) throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.getIter(p[0]);
        PyObject item = null;
        if (result.type() == PyInt.TYPE && ((PyInt) result).isSmall()) {
            long acc = ((PyInt) result).value;
            while (true) {
                item = Abstract.next(it);
                if (item == null) return PyInt.valueOf(acc);
                if ((item.type() == PyInt.TYPE || item.type() == PyBool.TYPE) && ((PyInt) item).isSmall()) {
                    long b = ((PyInt) item).value, s = acc + b;
                    if (((acc ^ s) & (b ^ s)) >= 0) {
                        acc = s;
                        continue;
                    }
                }
                // Overflow or another type: continue with objects (and the float loop if it became a float).
                result = PyNumber.add(PyInt.valueOf(acc), item);
                break;
            }
        }
        if (result.type() == PyFloat.TYPE) return floatSum(((PyFloat) result).value, null, it);
        while ((item = Abstract.next(it)) != null) result = PyNumber.add(result, item);
        return result;
    }

    private static PyObject floatSum(double f, PyObject pending, PyObject it) {
        double c = 0.0;
        while (true) {
            PyObject item = pending != null ? pending : Abstract.next(it);
            pending = null;
            if (item == null) {
                if (c != 0.0 && Double.isFinite(c)) f += c;
                return PyFloat.valueOf(f);
            }
            if (item.type() == PyFloat.TYPE) {
                double x = ((PyFloat) item).value;
                double t = f + x;
                if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
                else c += (x - t) + f;
                f = t;
                continue;
            }
            if (item.type() == PyInt.TYPE || item.type() == PyBool.TYPE) {
                PyInt i = (PyInt) item;
                if (i.isSmall()) {
                    f += (double) i.value;
                    continue;
                }
            }
            if (c != 0.0 && Double.isFinite(c)) f += c;
            PyObject result = PyNumber.add(PyFloat.valueOf(f), item);
            for (PyObject x; (x = Abstract.next(it)) != null; ) result = PyNumber.add(result, x);
            return result;
        }
    }

    private static PyMethodDescr listSort;

    static PyObject sorted(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        if (n != 1) throw Errors.typeError("sorted expected 1 argument, got " + n);
        PyList l = new PyList(Abstract.toArray(a[off]));
        if (kw == null || kw.length == 0) {
            PyList.sort(l, null, false);
            return l;
        }
        if (listSort == null) listSort = (PyMethodDescr) PyList.TYPE.dict().getItem("sort");
        listSort.body.call(l, a, off + 1, 0, kw);
        return l;
    }

    // --- isinstance / issubclass (CPython 3.12: Objects/abstract.c) ---

    private static final PyStr INSTANCECHECK = PyStr.intern("__instancecheck__");
    private static final PyStr SUBCLASSCHECK = PyStr.intern("__subclasscheck__");
    private static final PyStr BASES = PyStr.intern("__bases__");
    private static final PyStr CLASS = PyStr.intern("__class__");

    private static PyTuple basesOf(PyObject cls) {
        PyObject b = Abstract.lookupAttr(cls, BASES);
        return b instanceof PyTuple t ? t : null;
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        while (true) {
            if (derived == cls) return true;
            PyTuple bases = basesOf(derived);
            if (bases == null || bases.size() == 0) return false;
            if (bases.size() == 1) {
                derived = bases.get(0);
                continue;
            }
            Recursion.enter(" in __subclasscheck__");
            try {
                for (int i = 0; i < bases.size(); i++) if (abstractIsSubclass(bases.get(i), cls)) return true;
            } finally {
                Recursion.leave();
            }
            return false;
        }
    }

    private static boolean objectIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType t) {
            if (inst.type().isSubtype(t)) return true;
            PyObject icls = Abstract.lookupAttr(inst, CLASS);
            return icls != null && icls != inst.type() && icls instanceof PyType it && it.isSubtype(t);
        }
        if (basesOf(cls) == null) throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        PyObject icls = Abstract.lookupAttr(inst, CLASS);
        return icls != null && abstractIsSubclass(icls, cls);
    }

    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) return true;
        if (cls.type() == PyType.TYPE) return objectIsInstance(inst, cls);
        if (cls instanceof UnionType u) cls = u.args;
        if (cls instanceof PyTuple t) {
            Recursion.enter(" in __instancecheck__");
            try {
                for (int i = 0; i < t.size(); i++) if (isInstance(inst, t.get(i))) return true;
            } finally {
                Recursion.leave();
            }
            return false;
        }
        PyObject checker = Abstract.lookupSpecial(cls, INSTANCECHECK);
        if (checker != null) {
            Recursion.enter(" in __instancecheck__");
            try {
                return Abstract.isTrue(Abstract.call(checker, inst));
            } finally {
                Recursion.leave();
            }
        }
        return objectIsInstance(inst, cls);
    }

    private static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) return d.isSubtype(c);
        if (basesOf(derived) == null) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (!(cls instanceof UnionType) && basesOf(cls) == null) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.type() == PyType.TYPE) {
            if (derived == cls) return true;
            return recursiveIsSubclass(derived, cls);
        }
        if (cls instanceof UnionType u) cls = u.args;
        if (cls instanceof PyTuple t) {
            Recursion.enter(" in __subclasscheck__");
            try {
                for (int i = 0; i < t.size(); i++) if (isSubclass(derived, t.get(i))) return true;
            } finally {
                Recursion.leave();
            }
            return false;
        }
        PyObject checker = Abstract.lookupSpecial(cls, SUBCLASSCHECK);
        if (checker != null) {
            Recursion.enter(" in __subclasscheck__");
            try {
                return Abstract.isTrue(Abstract.call(checker, derived));
            } finally {
                Recursion.leave();
            }
        }
        return recursiveIsSubclass(derived, cls);
    }

    /** The awaitable anext(it, default) returns: the default replaces StopAsyncIteration. */
    static final class AnextAwaitable extends PyObject {
        static final PyType TYPE = new PyType("anext_awaitable", PyType.OBJECT, 0);
        final PyObject awaitable, dflt;
        PyObject inner;

        AnextAwaitable(PyObject awaitable, PyObject dflt) {
            super(TYPE);
            this.awaitable = awaitable;
            this.dflt = dflt;
        }

        PyObject innerIter() {
            if (inner == null) {
                PyObject aw = awaitable;
                if (aw.type().am_await == null) {
                    throw Errors.typeError("'" + aw.type().name() + "' object can't be awaited");
                }
                inner = aw.type().am_await.apply(aw);
            }
            return inner;
        }

        PyObject step(String method, PyObject[] args) {
            try {
                PyObject f = Abstract.getAttr(innerIter(), method);
                return Abstract.call(f, args);
            } catch (PyException e) {
                if (e.matches(PyExceptions.StopAsyncIteration)) throw Errors.stopIteration(dflt);
                throw e;
            }
        }

        static {
            TYPE.am_await = self -> self;
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                AnextAwaitable w = (AnextAwaitable) self;
                try {
                    PyObject it = w.innerIter();
                    PyObject r = it.type().tp_iternext == null ? Abstract.call(Abstract.getAttr(it, "__next__")) : it.type().tp_iternext.next(it);
                    if (r == null) throw Errors.stopIteration();
                    return r;
                } catch (PyException e) {
                    if (e.matches(PyExceptions.StopAsyncIteration)) throw Errors.stopIteration(w.dflt);
                    throw e;
                }
            };
            TYPE.method("send", (self, v) -> ((AnextAwaitable) self).step("send", new PyObject[] {v}));
            TYPE.methodN("throw", 1, 3, (self, a) -> {
                int k = a[2] != null ? 3 : a[1] != null ? 2 : 1;
                PyObject[] args = new PyObject[k];
                System.arraycopy(a, 0, args, 0, k);
                return ((AnextAwaitable) self).step("throw", args);
            });
            TYPE.method("close", self -> ((AnextAwaitable) self).step("close", new PyObject[0]));
            TYPE.ready();
        }
    }
}
