package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code member_descriptor}: one {@code __slots__} entry of a class. */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = new PyType("member_descriptor", PyType.OBJECT, 0);

    public final PyType owner;
    public final String name;
    public final int index;

    public PyMemberDescr(PyType owner, String name, int index) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    private PyObject[] storage(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
        PyObject[] s = obj.getSlots();
        if (s == null) throw Errors.systemError(new IllegalStateException("no slot storage for " + name));
        return s;
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            if (obj == null) return m;
            PyObject v = m.storage(obj)[m.index];
            if (v == null) {
                throw Errors.attributeError("'" + obj.type().name() + "' object has no attribute '" + m.name + "'");
            }
            return v;
        };
        TYPE.tp_descr_set = (d, obj, value) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            PyObject[] s = m.storage(obj);
            if (value == null && s[m.index] == null) {
                throw Errors.attributeError("'" + obj.type().name() + "' object has no attribute '" + m.name + "'");
            }
            s[m.index] = value;
        };
        TYPE.tp_repr = d -> new PyStr("<member '" + ((PyMemberDescr) d).name + "' of '" + ((PyMemberDescr) d).owner.name() + "' objects>");
        TYPE.getter("__name__", d -> new PyStr(((PyMemberDescr) d).name));
        TYPE.getter("__objclass__", d -> ((PyMemberDescr) d).owner);
        TYPE.ready();
    }
}
