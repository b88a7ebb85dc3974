package kiln.runtime.types;

import kiln.runtime.PyType;

/** {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool", PyInt.TYPE, PyType.LONG_SUBCLASS);
    public static final PyBool TRUE = new PyBool(1), FALSE = new PyBool(0);

    private PyBool(long v) { super(TYPE, v); }

    public static PyBool of(boolean b) { return b ? TRUE : FALSE; }

    static {
        BoolType.init(TYPE);
        TYPE.ready();
    }
}
