package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;

/** Slots and methods of {@code bool} (CPython 3.12: Objects/boolobject.c). Everything else is int's. */
final class BoolType {
    private BoolType() {}

    @FunctionalInterface
    interface BoolOp { boolean apply(boolean a, boolean b); }

    /** &, |, ^ of two bools is a bool; otherwise int's operator. */
    private static Slots.Binary logical(BoolOp op, Slots.Binary intOp) {
        return (a, b) -> {
            if (a instanceof PyBool x && b instanceof PyBool y) return PyBool.of(op.apply(x == PyBool.TRUE, y == PyBool.TRUE));
            return intOp.apply(a, b);
        };
    }

    static void init(PyType t) {
        t.tp_repr = self -> PyStr.intern(self == PyBool.TRUE ? "True" : "False");
        t.nb_and = logical((a, b) -> a & b, PyInt.TYPE.nb_and);
        t.nb_or = logical((a, b) -> a | b, PyInt.TYPE.nb_or);
        t.nb_xor = logical((a, b) -> a ^ b, PyInt.TYPE.nb_xor);
        // 3.12 gives bool its own __invert__ (it warns, DeprecationWarning; the result stays int's: ~True == -2).
        t.nb_invert = self -> IntMath.invert((PyInt) self);
        t.tp_new = (type, a, off, n, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("bool() takes no keyword arguments");
            if (n > 1) throw Errors.typeError("bool expected at most 1 argument, got " + n);
            return PyBool.of(n == 1 && Abstract.isTrue(a[off]));
        };
        t.define("__doc__", new PyStr("Returns True when the argument is true, False otherwise.\nThe builtins True and "
                + "False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, "
                + "and cannot be subclassed."));
    }

}
