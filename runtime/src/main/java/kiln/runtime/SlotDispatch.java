package kiln.runtime;

import java.util.HashMap;
import java.util.function.Function;

import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyFloat;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyNotImplemented;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * The slot values of classes that define dunder methods in Python (CPython 3.12: Objects/typeobject.c,
 * slot_tp_* and SLOT1BINFULL). Each is one shared object per slot, so "is this slot the Python dispatcher"
 * is an identity test, as comparing function pointers is in CPython.
 */
public final class SlotDispatch {
    private SlotDispatch() {}

    static void init() { }

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    private static PyStr s(String n) { return PyStr.intern(n); }

    /** Calls the special method found on type(self); null if absent. */
    private static PyObject call(PyObject self, PyStr name, PyObject... args) { return Abstract.callSpecial(self, name, args); }

    private static PyObject require(PyObject self, PyStr name, PyObject... args) {
        PyObject r = Abstract.callSpecial(self, name, args);
        if (r == null) throw Abstract.noAttribute(self, name);
        return r;
    }

    public static final Slots.Unary REPR = self -> require(self, s("__repr__"));
    public static final Slots.Unary STR = self -> require(self, s("__str__"));
    public static final Slots.Hash HASH = self -> {
        PyObject f = self.type().lookup(s("__hash__"));
        if (f == null || f == PyNone.INSTANCE) throw Errors.typeError("unhashable type: '" + self.type().name() + "'");
        PyObject r = require(self, s("__hash__"));
        if (!(r instanceof PyInt i)) throw Errors.typeError("__hash__ method should return an integer");
        long h = i.big != null ? Abstract.hash(i) : i.value;
        return h == -1 ? -2 : h;
    };
    public static final Slots.Hash HASH_NOT_IMPLEMENTED = self -> {
        throw Errors.typeError("unhashable type: '" + self.type().name() + "'");
    };
    public static final Slots.Call CALL = (self, a, off, n, kw) -> {
        PyObject f = self.type().lookup(s("__call__"));
        if (f == null) throw Errors.typeError("'" + self.type().name() + "' object is not callable");
        return callBound(f, self, a, off, n, kw);
    };
    public static final Slots.RichCompare RICHCOMPARE = (self, other, op) -> {
        PyObject f = self.type().lookup(s(op.dunder));
        if (f == null || f == PyNone.INSTANCE) return NI;
        return callBound(f, self, new PyObject[] {other}, 0, 1, null);
    };
    public static final Slots.Unary ITER = self -> {
        PyObject f = self.type().lookup(s("__iter__"));
        if (f == PyNone.INSTANCE) throw Errors.typeError("'" + self.type().name() + "' object is not iterable");
        return require(self, s("__iter__"));
    };
    /** StopIteration raised by __next__ propagates; callers that only iterate treat it as exhaustion. */
    public static final Slots.Next NEXT = self -> require(self, s("__next__"));
    public static final Slots.DescrGet DESCR_GET = (descr, obj, type) -> {
        PyObject f = descr.type().lookup(s("__get__"));
        if (f == null) return descr;
        return callBound(f, descr, new PyObject[] {obj == null ? PyNone.INSTANCE : obj, type == null ? PyNone.INSTANCE : type}, 0, 2, null);
    };
    public static final Slots.DescrSet DESCR_SET = (descr, obj, value) -> {
        if (value == null) {
            PyObject r = call(descr, s("__delete__"), obj);
            if (r == null) throw Abstract.noAttribute(descr, s("__delete__"));
        } else {
            PyObject r = call(descr, s("__set__"), obj, value);
            if (r == null) throw Abstract.noAttribute(descr, s("__set__"));
        }
    };
    public static final Slots.Init INIT = (self, a, off, n, kw) -> {
        PyObject f = self.type().lookup(s("__init__"));
        PyObject r = callBound(f, self, a, off, n, kw);
        if (r != PyNone.INSTANCE) throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
    };
    public static final Slots.New NEW = (type, a, off, n, kw) -> {
        PyObject f = type.lookup(s("__new__"));
        // __new__ is a static method: pass the class explicitly.
        PyObject[] args = new PyObject[n + 1 + (kw == null ? 0 : kw.length)];
        args[0] = type;
        System.arraycopy(a, off, args, 1, args.length - 1);
        PyObject fn = f;
        if (f.type().tp_descr_get != null) fn = f.type().tp_descr_get.get(f, null, type);
        return Abstract.call(fn, args, 0, n + 1, kw);
    };
    public static final Slots.GetAttr GETATTRO = (self, name) -> {
        PyType t = self.type();
        PyObject getattribute = t.lookup(s("__getattribute__"));
        PyObject getattr = t.lookup(s("__getattr__"));
        try {
            if (getattribute instanceof kiln.runtime.types.PyWrapperDescr w && w.slot == PyBaseObjectSlots.GENERIC_GETATTR) {
                return PyBaseObjectSlots.genericGetAttr(self, name);
            }
            return callBound(getattribute, self, new PyObject[] {name}, 0, 1, null);
        } catch (PyException e) {
            if (getattr == null || !e.matches(PyExceptions.AttributeError)) throw e;
            return callBound(getattr, self, new PyObject[] {name}, 0, 1, null);
        }
    };
    public static final Slots.SetAttr SETATTRO = (self, name, value) -> {
        if (value == null) require(self, s("__delattr__"), name);
        else require(self, s("__setattr__"), name, value);
    };
    public static final Slots.Unary AWAIT = self -> require(self, s("__await__"));
    public static final Slots.Unary AITER = self -> require(self, s("__aiter__"));
    public static final Slots.Unary ANEXT = self -> require(self, s("__anext__"));
    public static final Slots.Predicate NB_BOOL = self -> {
        PyObject f = self.type().lookup(s("__bool__"));
        if (f != null) {
            PyObject r = callBound(f, self, new PyObject[0], 0, 0, null);
            if (!(r instanceof PyBool b)) throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
            return b == PyBool.TRUE;
        }
        f = self.type().lookup(s("__len__"));
        if (f != null) return SlotDispatch.LENGTH.length(self) != 0;
        return true;
    };
    public static final Slots.Length LENGTH = self -> {
        PyObject r = require(self, s("__len__"));
        PyInt i = PyNumber.index(r);
        if (i.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
        if (i.big != null) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return i.value;
    };
    public static final Slots.Binary GETITEM = (self, key) -> require(self, s("__getitem__"), key);
    public static final Slots.SetItem SETITEM = (self, key, value) -> {
        if (value == null) require(self, s("__delitem__"), key);
        else require(self, s("__setitem__"), key, value);
    };
    public static final Slots.Contains CONTAINS = (self, item) -> {
        PyObject f = self.type().lookup(s("__contains__"));
        if (f == PyNone.INSTANCE) throw Errors.typeError("'" + self.type().name() + "' object is not a container");
        if (f == null) {
            PyObject it = Abstract.getIter(self);
            for (PyObject x; (x = Abstract.next(it)) != null; ) if (Abstract.eq(x, item)) return true;
            return false;
        }
        return Abstract.isTrue(callBound(f, self, new PyObject[] {item}, 0, 1, null));
    };

    public static final Slots.Unary NB_NEGATIVE = self -> require(self, s("__neg__"));
    public static final Slots.Unary NB_POSITIVE = self -> require(self, s("__pos__"));
    public static final Slots.Unary NB_ABSOLUTE = self -> require(self, s("__abs__"));
    public static final Slots.Unary NB_INVERT = self -> require(self, s("__invert__"));
    public static final Slots.Unary NB_INT = self -> require(self, s("__int__"));
    public static final Slots.Unary NB_FLOAT = self -> require(self, s("__float__"));
    public static final Slots.Unary NB_INDEX = self -> require(self, s("__index__"));

    public static final Slots.Binary NB_ADD = binary(t -> t.nb_add, "__add__", "__radd__");
    public static final Slots.Binary NB_SUBTRACT = binary(t -> t.nb_subtract, "__sub__", "__rsub__");
    public static final Slots.Binary NB_MULTIPLY = binary(t -> t.nb_multiply, "__mul__", "__rmul__");
    public static final Slots.Binary NB_REMAINDER = binary(t -> t.nb_remainder, "__mod__", "__rmod__");
    public static final Slots.Binary NB_DIVMOD = binary(t -> t.nb_divmod, "__divmod__", "__rdivmod__");
    public static final Slots.Binary NB_LSHIFT = binary(t -> t.nb_lshift, "__lshift__", "__rlshift__");
    public static final Slots.Binary NB_RSHIFT = binary(t -> t.nb_rshift, "__rshift__", "__rrshift__");
    public static final Slots.Binary NB_AND = binary(t -> t.nb_and, "__and__", "__rand__");
    public static final Slots.Binary NB_XOR = binary(t -> t.nb_xor, "__xor__", "__rxor__");
    public static final Slots.Binary NB_OR = binary(t -> t.nb_or, "__or__", "__ror__");
    public static final Slots.Binary NB_FLOOR_DIVIDE = binary(t -> t.nb_floor_divide, "__floordiv__", "__rfloordiv__");
    public static final Slots.Binary NB_TRUE_DIVIDE = binary(t -> t.nb_true_divide, "__truediv__", "__rtruediv__");
    public static final Slots.Binary NB_MATRIX_MULTIPLY = binary(t -> t.nb_matrix_multiply, "__matmul__", "__rmatmul__");

    public static final Slots.Ternary NB_POWER = new Slots.Ternary() {
        private final Slots.Binary two = binary(t -> null, "__pow__", "__rpow__");
        @Override public PyObject apply(PyObject self, PyObject other, PyObject mod) {
            if (mod == PyNone.INSTANCE) return binaryPow(self, other);
            // Three-argument pow calls only the left operand's __pow__ (no reflected form).
            if (self.type().nb_power == this) {
                PyObject f = self.type().lookup(s("__pow__"));
                if (f != null) return callBound(f, self, new PyObject[] {other, mod}, 0, 2, null);
            }
            return NI;
        }
        private PyObject binaryPow(PyObject self, PyObject other) {
            return binaryFull(self, other, t -> t.nb_power == NB_POWER_REF[0], s("__pow__"), s("__rpow__"));
        }
    };
    private static final Slots.Ternary[] NB_POWER_REF = {NB_POWER};
    public static final Slots.Ternary NB_INPLACE_POWER = (self, other, mod) -> {
        PyObject f = self.type().lookup(s("__ipow__"));
        if (f == null) return NI;
        return callBound(f, self, new PyObject[] {other}, 0, 1, null);
    };

    private static final HashMap<String, Slots.Binary> INPLACE = new HashMap<>();

    static Slots.Binary inplace(String name) {
        return INPLACE.computeIfAbsent(name, n -> (self, other) -> {
            PyObject f = self.type().lookup(s(n));
            if (f == null) return NI;
            return callBound(f, self, new PyObject[] {other}, 0, 1, null);
        });
    }

    /** SLOT1BINFULL: the dispatcher of a binary operator with its reflected form. */
    private static Slots.Binary binary(Function<PyType, Slots.Binary> get, String name, String rname) {
        PyStr pn = s(name), prn = s(rname);
        Slots.Binary[] self = new Slots.Binary[1];
        self[0] = (v, w) -> binaryFull(v, w, t -> get.apply(t) == self[0], pn, prn);
        return self[0];
    }

    private static PyObject binaryFull(PyObject v, PyObject w, java.util.function.Predicate<PyType> isDispatcher, PyStr name, PyStr rname) {
        PyType tv = v.type(), tw = w.type();
        boolean doOther = tv != tw && isDispatcher.test(tw) && tw.lookup(rname) != null;
        if (isDispatcher.test(tv)) {
            if (doOther && tw.isSubtype(tv) && overrides(tw, tv, rname)) {
                PyObject r = callMethodOrNI(w, rname, v);
                if (r != NI) return r;
                doOther = false;
            }
            PyObject r = callMethodOrNI(v, name, w);
            if (r != NI || tw == tv) return r;
        }
        if (doOther) return callMethodOrNI(w, rname, v);
        return NI;
    }

    /** CPython's method_is_overloaded: does the subclass define rname differently from the base? */
    private static boolean overrides(PyType sub, PyType base, PyStr rname) {
        PyObject a = sub.lookup(rname), b = base.lookup(rname);
        return a != null && a != b;
    }

    private static PyObject callMethodOrNI(PyObject self, PyStr name, PyObject arg) {
        PyObject f = self.type().lookup(name);
        if (f == null) return NI;
        return callBound(f, self, new PyObject[] {arg}, 0, 1, null);
    }

    /** Calls a function found on the type with self as first argument (binding descriptors as needed). */
    static PyObject callBound(PyObject f, PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        if (f instanceof kiln.runtime.types.PyFunction) {
            int k = kw == null ? 0 : kw.length;
            PyObject[] args = new PyObject[n + k + 1];
            args[0] = self;
            System.arraycopy(a, off, args, 1, n + k);
            return Abstract.call(f, args, 0, n + 1, kw);
        }
        Slots.DescrGet g = f.type().tp_descr_get;
        if (g != null) f = g.get(f, self, self.type());
        return Abstract.call(f, a, off, n, kw);
    }

    static PyTuple unused() { return PyTuple.EMPTY; }
    static PyFloat unusedF() { return null; }
}
