package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code mappingproxy}: a read-only view of a mapping (a class's {@code __dict__}). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = new PyType("mappingproxy", PyType.OBJECT, PyType.MAPPING);

    public final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    static {
        TYPE.mp_subscript = (p, k) -> Abstract.getItem(((PyMappingProxy) p).mapping, k);
        TYPE.mp_length = p -> Abstract.len(((PyMappingProxy) p).mapping);
        TYPE.sq_contains = (p, k) -> Abstract.contains(((PyMappingProxy) p).mapping, k);
        TYPE.tp_iter = p -> Abstract.getIter(((PyMappingProxy) p).mapping);
        TYPE.tp_repr = p -> new PyStr("mappingproxy(" + Abstract.reprJava(((PyMappingProxy) p).mapping) + ")");
        TYPE.tp_str = p -> Abstract.str(((PyMappingProxy) p).mapping);
        TYPE.tp_richcompare = (p, o, op) -> Abstract.richCompare(((PyMappingProxy) p).mapping, o, op);
        for (String m : new String[] {"keys", "values", "items", "copy"}) {
            TYPE.method(m, p -> Abstract.call(Abstract.getAttr(((PyMappingProxy) p).mapping, m)));
        }
        TYPE.methodN("get", 1, 2, (p, a) -> Abstract.call(Abstract.getAttr(((PyMappingProxy) p).mapping, "get"),
                a[0], a[1] == null ? PyNone.INSTANCE : a[1]));
        TYPE.tp_new = (t, a, off, n, kw) -> {
            if (n != 1) throw Errors.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
            return new PyMappingProxy(a[off]);
        };
        TYPE.ready();
    }
}
