package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code NotImplementedType}: what binary operator slots return to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = new PyType("NotImplementedType", PyType.OBJECT, 0);
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() { super(TYPE); }

    static {
        TYPE.tp_repr = self -> PyStr.intern("NotImplemented");
        TYPE.method("__reduce__", self -> PyStr.intern("NotImplemented"));
        TYPE.nb_bool = self -> {
            throw Errors.typeError("NotImplemented should not be used in a boolean context");
        };
        TYPE.tp_new = (type, a, off, n, kw) -> {
            if (n != 0 || (kw != null && kw.length != 0)) throw Errors.typeError("NotImplementedType takes no arguments");
            return INSTANCE;
        };
        TYPE.ready();
    }
}
