package kiln.runtime;

/** An instance of a class whose only builtin base is {@code object}. {@code __slots__} values live in {@link #slots}. */
public final class PyInstance extends PyObject {
    public final PyObject[] slots;

    public PyInstance(PyType type) {
        super(type);
        this.slots = type.nslots == 0 ? null : new PyObject[type.nslots];
    }
}
