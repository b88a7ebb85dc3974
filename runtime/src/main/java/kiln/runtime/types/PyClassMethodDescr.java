package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;

/** {@code classmethod_descriptor}: a classmethod of a builtin type, e.g. {@code dict.fromkeys}. */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = new PyType("classmethod_descriptor", PyType.OBJECT, 0);

    public final PyType owner;
    public final String name;
    /** self is the class. */
    public final Slots.Call body;

    public PyClassMethodDescr(PyType owner, String name, Slots.Call body) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.body = body;
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyClassMethodDescr c = (PyClassMethodDescr) d;
            PyObject cls = type != null ? type : obj.type();
            if (!(cls instanceof PyType t) || !t.isSubtype(c.owner)) {
                throw Errors.typeError("descriptor '" + c.name + "' for type '" + c.owner.name() + "' needs a subtype of '"
                        + c.owner.name() + "'");
            }
            return new PyBuiltinFunction(c.name, cls, c.body, c.owner.name());
        };
        TYPE.tp_repr = d -> new PyStr("<method '" + ((PyClassMethodDescr) d).name + "' of '" + ((PyClassMethodDescr) d).owner.name() + "' objects>");
        TYPE.ready();
    }
}
