package kiln.runtime.types;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.SlotTable;
import kiln.runtime.Slots;

/** {@code wrapper_descriptor}: a builtin type's slot seen as a dunder method, e.g. {@code int.__add__}. */
public final class PyWrapperDescr extends PyObject {
    public static final PyType TYPE = new PyType("wrapper_descriptor", PyType.OBJECT, 0);

    public final PyType owner;
    public final SlotTable.Def def;
    /** The slot value this wraps: a class whose MRO finds this wrapper can use the slot directly. */
    public final Object slot;
    public final Slots.Call body;

    public PyWrapperDescr(PyType owner, SlotTable.Def def, Object slot, Slots.Call body) {
        super(TYPE);
        this.owner = owner;
        this.def = def;
        this.slot = slot;
        this.body = body;
    }

    public String name() { return def.name; }

    public void checkSelf(PyObject self) {
        if (!self.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + def.name + "' requires a '" + owner.name() + "' object but received a '"
                    + self.type().name() + "'");
        }
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyWrapperDescr w = (PyWrapperDescr) d;
            if (obj == null) return w;
            w.checkSelf(obj);
            return new PyMethodWrapper(w, obj);
        };
        TYPE.tp_call = (d, a, off, n, kw) -> {
            PyWrapperDescr w = (PyWrapperDescr) d;
            if (n < 1) throw Errors.typeError("descriptor '" + w.def.name + "' of '" + w.owner.name() + "' object needs an argument");
            w.checkSelf(a[off]);
            return w.body.call(a[off], a, off + 1, n - 1, kw);
        };
        TYPE.tp_repr = d -> new PyStr("<slot wrapper '" + ((PyWrapperDescr) d).def.name + "' of '" + ((PyWrapperDescr) d).owner.name() + "' objects>");
        TYPE.getter("__name__", d -> new PyStr(((PyWrapperDescr) d).def.name));
        TYPE.getter("__qualname__", d -> new PyStr(((PyWrapperDescr) d).owner.qualname() + "." + ((PyWrapperDescr) d).def.name));
        TYPE.getter("__objclass__", d -> ((PyWrapperDescr) d).owner);
        TYPE.getter("__doc__", d -> PyNone.INSTANCE);
        TYPE.ready();
    }
}
