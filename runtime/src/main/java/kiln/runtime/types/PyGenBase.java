package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.interp.ThreadState;

/** What generators, coroutines and async generators share: a suspended frame and its own exc_info link. */
public abstract class PyGenBase extends PyObject {
    public final PyFrame frame;
    public PyStr name, qualname;
    public final ThreadState.ExcInfo excState = new ThreadState.ExcInfo();
    public boolean running;
    /** Set when the frame returned (as opposed to yielded) on the last resume. */
    public boolean returned;

    protected PyGenBase(PyType type, PyFrame frame) {
        super(type);
        this.frame = frame;
        this.name = frame.func != null ? frame.func.name : frame.code.name;
        this.qualname = frame.func != null ? frame.func.qualname : frame.code.qualname;
        frame.owner = this;
    }

    /** "generator", "coroutine" or "async generator", for messages. */
    public abstract String kind();

    public final boolean finished() { return frame.state == PyFrame.COMPLETED; }
}
