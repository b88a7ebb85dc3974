package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code async_generator} with its awaitables {@code async_generator_asend} / {@code async_generator_athrow}. */
public final class PyAsyncGenerator extends PyGenBase {
    public static final PyType TYPE = new PyType("async_generator", PyType.OBJECT, 0);
    public static final PyType ASEND_TYPE = new PyType("async_generator_asend", PyType.OBJECT, 0);
    public static final PyType ATHROW_TYPE = new PyType("async_generator_athrow", PyType.OBJECT, 0);
    public static final PyType WRAPPED_TYPE = new PyType("async_generator_wrapped_value", PyType.OBJECT, 0);

    /** The sys.set_asyncgen_hooks finalizer recorded at first iteration, or null. */
    public PyObject finalizer;
    public boolean hooksInited;
    /** An aclose()/athrow() is running (CPython's ag_running_async). */
    public boolean runningAsync;
    public boolean closed;

    public PyAsyncGenerator(PyFrame frame) { super(TYPE, frame); }

    @Override public String kind() { return "async generator"; }

    /** A value yielded by the async generator itself (as opposed to one its awaits pass up). */
    public static final class Wrapped extends PyObject {
        public final PyObject value;

        public Wrapped(PyObject value) {
            super(WRAPPED_TYPE);
            this.value = value;
        }
    }

    /** The awaitable of asend(v) / __anext__() (state 0 init, 1 iter, 2 closed) and of athrow()/aclose(). */
    public static final class Op extends PyObject {
        public final PyAsyncGenerator gen;
        public final PyObject sendValue;
        /** For athrow: the exception arguments; null for asend. aclose has args == EMPTY. */
        public final PyObject[] throwArgs;
        public int state;

        public Op(PyType t, PyAsyncGenerator gen, PyObject sendValue, PyObject[] throwArgs) {
            super(t);
            this.gen = gen;
            this.sendValue = sendValue;
            this.throwArgs = throwArgs;
        }
    }

    static {
        kiln.runtime.interp.AsyncGenerators.init(TYPE, ASEND_TYPE, ATHROW_TYPE);
        TYPE.ready();
        ASEND_TYPE.ready();
        ATHROW_TYPE.ready();
        WRAPPED_TYPE.ready();
    }
}
