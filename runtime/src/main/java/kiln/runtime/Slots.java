package kiln.runtime;

import kiln.runtime.types.PyStr;

/**
 * The functional shapes of a type's slots (CPython's tp_/nb_/sq_/mp_ function pointers). A slot field in
 * {@link PyType} holds one of these; null means "not supported" exactly as a NULL slot does in CPython.
 */
public final class Slots {
    private Slots() {}

    @FunctionalInterface public interface Unary { PyObject apply(PyObject self); }
    /** Binary operators may return {@code PyNotImplemented.INSTANCE}. */
    @FunctionalInterface public interface Binary { PyObject apply(PyObject self, PyObject other); }
    @FunctionalInterface public interface Ternary { PyObject apply(PyObject self, PyObject a, PyObject b); }
    @FunctionalInterface public interface Hash { long hash(PyObject self); }
    @FunctionalInterface public interface Length { long length(PyObject self); }
    @FunctionalInterface public interface Predicate { boolean test(PyObject self); }
    @FunctionalInterface public interface Contains { boolean contains(PyObject self, PyObject item); }
    /** May return {@code PyNotImplemented.INSTANCE}. */
    @FunctionalInterface public interface RichCompare { PyObject compare(PyObject self, PyObject other, CompareOp op); }
    /** Throws AttributeError when missing. */
    @FunctionalInterface public interface GetAttr { PyObject getattr(PyObject self, PyStr name); }
    /** {@code value == null} deletes. */
    @FunctionalInterface public interface SetAttr { void setattr(PyObject self, PyStr name, PyObject value); }
    /** {@code obj == null} for access through the class. */
    @FunctionalInterface public interface DescrGet { PyObject get(PyObject descr, PyObject obj, PyObject type); }
    /** {@code value == null} deletes. */
    @FunctionalInterface public interface DescrSet { void set(PyObject descr, PyObject obj, PyObject value); }
    /** {@code value == null} deletes. */
    @FunctionalInterface public interface SetItem { void set(PyObject self, PyObject key, PyObject value); }
    /** Returns null when exhausted (no StopIteration is created), like a NULL tp_iternext without an error. */
    @FunctionalInterface public interface Next { PyObject next(PyObject self); }
    /**
     * Vectorcall: positional arguments are {@code args[off .. off+nargs)}, keyword values follow them, one per
     * name in {@code kwnames} (null when there are none). The callee must not keep {@code args}.
     */
    @FunctionalInterface public interface Call {
        PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyStr[] kwnames);
    }
    @FunctionalInterface public interface New {
        PyObject make(PyType type, PyObject[] args, int off, int nargs, PyStr[] kwnames);
    }
    @FunctionalInterface public interface Init {
        void init(PyObject self, PyObject[] args, int off, int nargs, PyStr[] kwnames);
    }
}
