package kiln.runtime;

import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/** Factories for the Python exceptions Java code raises: {@code throw Errors.typeError("...")}. */
public final class Errors {
    private Errors() {}

    /** An exception of a builtin class created with one str argument, as PyErr_SetString does. */
    public static PyException of(PyType type, String message) {
        PyObject e = Abstract.call(type, new PyStr(message));
        return new PyException((PyBaseException) e);
    }

    /** An exception created with the given arguments (the class's own constructor runs). */
    public static PyException of(PyType type, PyObject... args) {
        PyObject e = Abstract.call(type, args);
        if (!(e instanceof PyBaseException be)) {
            return typeError("calling " + type.name() + " should have returned an instance of BaseException, not "
                    + e.type().name());
        }
        return new PyException(be);
    }

    /** Wraps an exception instance, or instantiates an exception class, for {@code raise}. */
    public static PyException raise(PyObject excOrType) {
        if (excOrType instanceof PyType t && t.isSubtype(PyBaseException.TYPE)) return of(t, new PyObject[0]);
        if (excOrType instanceof PyBaseException be) return new PyException(be);
        return typeError("exceptions must derive from BaseException");
    }

    public static PyException typeError(String m) { return of(PyExceptions.TypeError, m); }
    public static PyException valueError(String m) { return of(PyExceptions.ValueError, m); }
    public static PyException attributeError(String m) { return of(PyExceptions.AttributeError, m); }
    public static PyException indexError(String m) { return of(PyExceptions.IndexError, m); }
    public static PyException overflowError(String m) { return of(PyExceptions.OverflowError, m); }
    public static PyException zeroDivisionError(String m) { return of(PyExceptions.ZeroDivisionError, m); }
    public static PyException runtimeError(String m) { return of(PyExceptions.RuntimeError, m); }
    public static PyException notImplementedError(String m) { return of(PyExceptions.NotImplementedError, m); }
    public static PyException nameError(String m) { return of(PyExceptions.NameError, m); }
    public static PyException unboundLocalError(String m) { return of(PyExceptions.UnboundLocalError, m); }
    public static PyException recursionError(String m) { return of(PyExceptions.RecursionError, m); }
    public static PyException memoryError(String m) { return of(PyExceptions.MemoryError, m); }
    /** PyErr_NoMemory: a MemoryError without arguments, for sizes past what Java arrays and strings can hold. */
    public static PyException noMemory() { return of(PyExceptions.MemoryError, new PyObject[0]); }
    public static PyException lookupError(String m) { return of(PyExceptions.LookupError, m); }
    public static PyException assertionError(String m) { return of(PyExceptions.AssertionError, m); }
    public static PyException importError(String m) { return of(PyExceptions.ImportError, m); }
    public static PyException eofError(String m) { return of(PyExceptions.EOFError, m); }
    public static PyException osError(String m) { return of(PyExceptions.OSError, m); }
    public static PyException unicodeError(String m) { return of(PyExceptions.UnicodeError, m); }

    /** KeyError keeps the key itself as its argument, so str() shows its repr. */
    public static PyException keyError(PyObject key) { return of(PyExceptions.KeyError, key); }

    public static PyException stopIteration() { return of(PyExceptions.StopIteration, new PyObject[0]); }

    public static PyException stopIteration(PyObject value) { return of(PyExceptions.StopIteration, value); }

    /** A Kiln bug: a SystemError naming the Java cause, never a Java stack trace for the user. */
    public static PyException systemError(Throwable cause) {
        String where = "";
        StackTraceElement[] st = cause.getStackTrace();
        if (st.length > 0) where = " at " + st[0].getClassName() + "." + st[0].getMethodName() + ":" + st[0].getLineNumber();
        return of(PyExceptions.SystemError, "Kiln internal error: " + cause + where);
    }

    /** "'int' object is not callable"-style messages use the type's short name. */
    public static String typeName(PyObject o) { return o.type().name(); }

    public static PyTuple argsOf(PyException e) { return e.value.args; }
}
