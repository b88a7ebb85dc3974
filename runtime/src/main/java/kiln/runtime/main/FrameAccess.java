package kiln.runtime.main;

import kiln.runtime.PyObject;
import kiln.runtime.interp.ThreadState;
import kiln.runtime.types.PyNone;

/** What sys needs from the interpreter's frames. */
public final class FrameAccess {
    private FrameAccess() {}

    /** The exception being handled (sys.exception()), or null. */
    public static PyObject handledException() {
        PyObject e = ThreadState.currentException();
        return e == null || e == PyNone.INSTANCE ? null : e;
    }

    /** sys._getframe(depth). */
    public static PyObject frameAt(int depth) {
        kiln.runtime.types.PyFrame f = ThreadState.current;
        for (int i = 0; i < depth && f != null; i++) f = f.back;
        if (f == null) throw kiln.runtime.Errors.valueError("call stack is not deep enough");
        return f;
    }
}
