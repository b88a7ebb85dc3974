package kiln.runtime.interp;

import kiln.runtime.PyObject;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyNone;

/**
 * Interpreter state of the running thread: the innermost Python frame and the chain of handled exceptions
 * (CPython's exc_info). Kept in static fields because one thread runs Python at a time (DESIGN decision 7); a
 * thread switch saves and restores them with {@link #save()}/{@link #restore(Object[])}.
 */
public final class ThreadState {
    private ThreadState() {}

    /** One link of the handled-exception chain; generators own one each (gi_exc_state). */
    public static final class ExcInfo {
        /** The handled exception, or null for "none". */
        public PyObject value;
        public ExcInfo previous;
    }

    /** The innermost running Python frame, or null. */
    public static PyFrame current;
    /** The thread's own handled-exception link (bottom of the chain). */
    private static final ExcInfo BASE = new ExcInfo();
    public static ExcInfo excInfo = BASE;

    /** The globals of the innermost running Python frame, or null. */
    public static PyObject currentGlobals() {
        PyFrame f = current;
        return f == null ? null : f.globals;
    }

    /** sys.exception(): the exception being handled, or None. */
    public static PyObject currentException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null && e.value != PyNone.INSTANCE) return e.value;
        }
        return PyNone.INSTANCE;
    }

    /** The exception being handled, or null (used for implicit chaining). */
    static PyObject handled() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null && e.value != PyNone.INSTANCE) return e.value;
        }
        return null;
    }

    public static Object[] save() { return new Object[] {current, excInfo}; }

    public static void restore(Object[] saved) {
        current = (PyFrame) saved[0];
        excInfo = (ExcInfo) saved[1];
    }

    /** A fresh state for a newly started thread. */
    public static void reset() {
        current = null;
        excInfo = new ExcInfo();
    }
}
