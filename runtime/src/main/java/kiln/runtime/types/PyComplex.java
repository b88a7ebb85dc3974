package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code complex}: a pair of doubles. */
public class PyComplex extends PyObject {
    public static final PyType TYPE = new PyType("complex", PyType.OBJECT, PyType.BASETYPE);

    public final double real, imag;

    public PyComplex(double real, double imag) {
        super(TYPE);
        this.real = real;
        this.imag = imag;
    }

    public PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    public static PyComplex valueOf(double real, double imag) { return new PyComplex(real, imag); }

    static {
        ComplexType.init(TYPE);
        TYPE.ready();
    }
}
