package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.Slots;

/** {@code getset_descriptor}: a computed attribute of a builtin type (a data descriptor). */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = new PyType("getset_descriptor", PyType.OBJECT, 0);

    public final PyType owner;
    public final String name;
    public final Slots.Unary get;
    /** Null for read-only attributes. Receives (descr, obj, value-or-null-to-delete). */
    public final Slots.DescrSet set;

    public PyGetSetDescr(PyType owner, String name, Slots.Unary get, Slots.DescrSet set) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.get = get;
        this.set = set;
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyGetSetDescr g = (PyGetSetDescr) d;
            if (obj == null) return g;
            g.check(obj);
            if (g.get == null) {
                throw Errors.attributeError("attribute '" + g.name + "' of '" + g.owner.name() + "' objects is not readable");
            }
            return g.get.apply(obj);
        };
        TYPE.tp_descr_set = (d, obj, value) -> {
            PyGetSetDescr g = (PyGetSetDescr) d;
            g.check(obj);
            if (g.set == null) {
                throw Errors.attributeError("attribute '" + g.name + "' of '" + g.owner.name() + "' objects is not writable");
            }
            g.set.set(g, obj, value);
        };
        TYPE.tp_repr = d -> new PyStr("<attribute '" + ((PyGetSetDescr) d).name + "' of '" + ((PyGetSetDescr) d).owner.name() + "' objects>");
        TYPE.getter("__name__", d -> new PyStr(((PyGetSetDescr) d).name));
        TYPE.getter("__objclass__", d -> ((PyGetSetDescr) d).owner);
        TYPE.getter("__doc__", d -> PyNone.INSTANCE);
        TYPE.ready();
    }
}
