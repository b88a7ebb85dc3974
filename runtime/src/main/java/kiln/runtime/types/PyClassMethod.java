package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code classmethod}. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = new PyType("classmethod", PyType.OBJECT, PyType.BASETYPE | PyType.HAS_DICT);

    public PyObject callable;

    public PyClassMethod(PyType type, PyObject callable) {
        super(type);
        this.callable = callable;
    }

    static {
        TYPE.tp_new = (type, a, off, n, kw) -> new PyClassMethod(type, PyNone.INSTANCE);
        TYPE.tp_init = (self, a, off, n, kw) -> {
            kiln.runtime.ArgParser.checkNoKeywords("classmethod", kw);
            kiln.runtime.ArgParser.checkCount("classmethod", n, 1, 1);
            ((PyClassMethod) self).callable = a[off];
            Abstract.copyWrapperAttributes(self, a[off]);
        };
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyObject cls = type != null ? type : obj.type();
            PyObject f = ((PyClassMethod) d).callable;
            // 3.12 still chains descriptors: classmethod(property) and friends bind through __get__.
            if (f.type().tp_descr_get != null && !(f instanceof PyFunction)) {
                return f.type().tp_descr_get.get(f, cls, cls.type());
            }
            return new PyMethod(f, cls);
        };
        TYPE.getter("__func__", d -> ((PyClassMethod) d).callable);
        TYPE.getter("__wrapped__", d -> ((PyClassMethod) d).callable);
        TYPE.getter("__isabstractmethod__", d -> Abstract.isAbstract(((PyClassMethod) d).callable));
        TYPE.tp_repr = d -> new PyStr("<classmethod(" + Abstract.reprJava(((PyClassMethod) d).callable) + ")>");
        TYPE.ready();
    }
}
