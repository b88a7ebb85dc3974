package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code float}: an IEEE 754 double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = new PyType("float", PyType.OBJECT, PyType.BASETYPE);

    public final double value;

    public PyFloat(double value) {
        super(TYPE);
        this.value = value;
    }

    public PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    public static PyFloat valueOf(double v) { return new PyFloat(v); }

    static {
        FloatType.init(TYPE);
        TYPE.ready();
    }
}
