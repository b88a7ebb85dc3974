package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code NoneType}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = new PyType("NoneType", PyType.OBJECT, 0);
    public static final PyNone INSTANCE = new PyNone();

    private PyNone() { super(TYPE); }

    static {
        TYPE.tp_repr = self -> PyStr.intern("None");
        TYPE.tp_hash = self -> 0xFCA86420L;
        TYPE.nb_bool = self -> false;
        TYPE.tp_new = (type, a, off, n, kw) -> {
            if (n != 0 || (kw != null && kw.length != 0)) throw Errors.typeError("NoneType takes no arguments");
            return INSTANCE;
        };
        TYPE.ready();
    }
}
