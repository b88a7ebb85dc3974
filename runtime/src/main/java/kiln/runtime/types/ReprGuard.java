package kiln.runtime.types;

import java.util.ArrayList;

import kiln.runtime.PyObject;

/**
 * CPython's Py_ReprEnter/Py_ReprLeave: the containers whose repr is being built on this thread, so that a
 * container reached again from inside itself prints as "[...]" instead of recursing.
 */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<ArrayList<PyObject>> ACTIVE = ThreadLocal.withInitial(ArrayList::new);

    /** True when {@code o} is already being printed (the caller prints its placeholder); else marks it. */
    public static boolean enter(PyObject o) {
        ArrayList<PyObject> l = ACTIVE.get();
        for (int i = l.size() - 1; i >= 0; i--) if (l.get(i) == o) return true;
        l.add(o);
        return false;
    }

    public static void leave(PyObject o) {
        ArrayList<PyObject> l = ACTIVE.get();
        for (int i = l.size() - 1; i >= 0; i--) {
            if (l.get(i) == o) {
                l.remove(i);
                return;
            }
        }
    }
}
