package kiln.runtime.types;

import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code super}. Behaviour in kiln.runtime.interp.SuperOps. */
public final class PySuper extends PyObject {
    public static final PyType TYPE = new PyType("super", PyType.OBJECT, PyType.BASETYPE);

    /** The class after which the MRO search starts (__thisclass__), or null before __init__. */
    public PyType thisClass;
    /** The bound object (__self__) or null. */
    public PyObject obj;
    /** The type whose MRO is searched (__self_class__) or null. */
    public PyType objType;

    public PySuper(PyType t) { super(t); }

    static {
        kiln.runtime.interp.SuperOps.init(TYPE);
        TYPE.ready();
    }
}
