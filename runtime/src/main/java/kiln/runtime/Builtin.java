package kiln.runtime;

/** Per-arity bodies of builtin functions and methods, so a call with 0-3 arguments allocates nothing. */
public final class Builtin {
    private Builtin() {}

    @FunctionalInterface public interface M0 { PyObject call(PyObject self); }
    @FunctionalInterface public interface M1 { PyObject call(PyObject self, PyObject a); }
    @FunctionalInterface public interface M2 { PyObject call(PyObject self, PyObject a, PyObject b); }
    @FunctionalInterface public interface M3 { PyObject call(PyObject self, PyObject a, PyObject b, PyObject c); }
    /** {@code args.length == max}; absent optional arguments are null. */
    @FunctionalInterface public interface MN { PyObject call(PyObject self, PyObject[] args); }
    /**
     * A CPython METH_VARARGS|METH_KEYWORDS method, called as {@code f(*args, **kwargs)}: it receives the dict
     * itself, whose keys need not be strings (CPython's {@code "{}".format(**{1: 2})}).
     */
    @FunctionalInterface public interface KwDict {
        PyObject call(PyObject self, PyObject[] args, int off, int nargs, kiln.runtime.types.PyDict kwargs);
    }
}
