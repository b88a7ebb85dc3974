package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code ellipsis}. */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = new PyType("ellipsis", PyType.OBJECT, 0);
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() { super(TYPE); }

    static {
        TYPE.tp_repr = self -> PyStr.intern("Ellipsis");
        TYPE.method("__reduce__", self -> PyStr.intern("Ellipsis"));
        TYPE.tp_new = (type, a, off, n, kw) -> {
            if (n != 0 || (kw != null && kw.length != 0)) throw Errors.typeError("ellipsis takes no arguments");
            return INSTANCE;
        };
        TYPE.ready();
    }
}
