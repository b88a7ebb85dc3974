package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code coroutine}, and its {@code __await__} iterator {@code coroutine_wrapper}. */
public final class PyCoroutine extends PyGenBase {
    public static final PyType TYPE = new PyType("coroutine", PyType.OBJECT, 0);
    public static final PyType WRAPPER_TYPE = new PyType("coroutine_wrapper", PyType.OBJECT, 0);

    public PyCoroutine(PyFrame frame) { super(TYPE, frame); }

    @Override public String kind() { return "coroutine"; }

    /** The iterator {@code coro.__await__()} returns. */
    public static final class Wrapper extends PyObject {
        public final PyCoroutine coro;

        public Wrapper(PyCoroutine coro) {
            super(WRAPPER_TYPE);
            this.coro = coro;
        }
    }

    static {
        kiln.runtime.interp.Generators.initCoroutine(TYPE, WRAPPER_TYPE);
        TYPE.ready();
        WRAPPER_TYPE.ready();
    }
}
