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

    /** CPython 3.12's units of C stack for one entry into the eval loop from C (PY_EVAL_C_STACK_UNITS). */
    private static final int EVAL_UNITS = 2;

    /** Entering the interpreter loop from Java code: as _PyEval_EvalFrameDefault's entry check. */
    public static void enterEval() {
        cDepth += EVAL_UNITS - 1;
        if (++cDepth > C_LIMIT) {
            cDepth -= EVAL_UNITS;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
    }

    public static void leaveEval() { cDepth -= EVAL_UNITS; }

    /** Entering a Python frame. */
    public static void enterPython() {
        if (++depth > limit) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
    }

    public static void leavePython() { depth--; }
}
