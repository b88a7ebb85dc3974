package kiln.runtime.interp;

import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyFrame;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyTraceback;

/** Exception unwinding within a frame: traceback entry, implicit chaining, exception-table lookup. */
final class Unwind {
    private Unwind() {}

    /** The PyException last seen by a frame, so chaining happens once per raise (where CPython sets it). */
    static PyException lastSeen;

    /** Returns the handler's compact index with the stack prepared, or -1 to propagate. */
    static int handle(PyFrame f, PyException e, int cur, boolean addTraceback) {
        PyBaseException v = e.value;
        if (lastSeen != e) {
            lastSeen = e;
            if (addTraceback) chain(v);
        }
        PyCode co = f.code;
        f.lasti = cur;
        if (addTraceback) {
            v.traceback = new PyTraceback(v.traceback instanceof PyTraceback t ? t : null, f, co.offsets[cur] * 2);
        }
        int[] t = co.excTable;
        for (int i = 0; i < t.length; i += 5) {
            if (cur >= t[i] && cur < t[i + 1]) {
                PyObject[] s = f.s;
                int base = co.nlocalsplus + t[i + 3];
                for (int k = base; k < s.length; k++) s[k] = null;
                int sp = base;
                if (t[i + 4] != 0) s[sp++] = PyInt.valueOf(cur);
                s[sp++] = v;
                f.sp = sp;
                return t[i + 2];
            }
        }
        return -1;
    }

    /** Implicit chaining: the exception being handled becomes the new one's __context__ (cycles broken). */
    static void chain(PyBaseException v) {
        PyObject handled = ThreadState.handled();
        if (handled == null || handled == v || !(handled instanceof PyBaseException h)) return;
        PyBaseException o = h;
        int guard = 0;
        while (o.context != null && guard++ < 10000) {
            if (o.context == v) {
                o.context = null;
                break;
            }
            o = o.context;
        }
        v.context = h;
    }
}
