package kiln.runtime;

import kiln.runtime.exceptions.PyBaseException;

/**
 * The Java throwable that carries a Python exception through Java frames. It has no Java stack trace: Python
 * tracebacks are built from Python frames, and skipping fillInStackTrace keeps raising cheap.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyType type() { return value.type(); }

    /** True if the exception is an instance of {@code t} (a subclass check on its type). */
    public boolean matches(PyType t) { return value.type().isSubtype(t); }

    @Override
    public String getMessage() {
        try {
            return value.type().name() + ": " + Abstract.strJava(value);
        } catch (RuntimeException e) {
            return value.type().name();
        }
    }
}
