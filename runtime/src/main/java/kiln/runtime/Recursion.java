package kiln.runtime;

/**
 * The recursion depth counters. Python calls count against {@link #limit} (sys.setrecursionlimit); Java-level
 * recursion through slots (repr of nested containers, comparisons) counts against a fixed C-style limit, as
 * CPython 3.12 keeps a separate C recursion limit.
 */
public final class Recursion {
    private Recursion() {}

    /** sys.getrecursionlimit(). */
    public static int limit = 1000;
    /** Current Python frame depth. */
    public static int depth;
    /** CPython 3.12's C recursion limit (Py_C_RECURSION_LIMIT). */
    public static final int C_LIMIT = 1500;
    private static int cDepth;

    public static void enter(String where) {
        if (++cDepth > C_LIMIT) {
            cDepth--;
            throw Errors.recursionError("maximum recursion depth exceeded" + where);
        }
    }

    public static void leave() { cDepth--; }

    /** Entering a Python frame. */
    public static void enterPython() {
        if (++depth > limit) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
    }

    public static void leavePython() { depth--; }
}
