package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code method-wrapper}: a slot wrapper bound to an object, e.g. {@code (1).__add__}. */
public final class PyMethodWrapper extends PyObject {
    public static final PyType TYPE = new PyType("method-wrapper", PyType.OBJECT, 0);

    public final PyWrapperDescr descr;
    public final PyObject self;

    public PyMethodWrapper(PyWrapperDescr descr, PyObject self) {
        super(TYPE);
        this.descr = descr;
        this.self = self;
    }

    static {
        TYPE.tp_call = (m, a, off, n, kw) -> ((PyMethodWrapper) m).descr.body.call(((PyMethodWrapper) m).self, a, off, n, kw);
        TYPE.tp_repr = m -> new PyStr("<method-wrapper '" + ((PyMethodWrapper) m).descr.name() + "' of "
                + ((PyMethodWrapper) m).self.type().name() + " object at " + Abstract.addressOf(((PyMethodWrapper) m).self) + ">");
        TYPE.getter("__name__", m -> new PyStr(((PyMethodWrapper) m).descr.name()));
        TYPE.getter("__self__", m -> ((PyMethodWrapper) m).self);
        TYPE.getter("__objclass__", m -> ((PyMethodWrapper) m).descr.owner);
        TYPE.ready();
    }
}
