package kiln.runtime.types;

import kiln.runtime.Abstract;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;

/** {@code staticmethod}. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = new PyType("staticmethod", PyType.OBJECT, PyType.BASETYPE | PyType.HAS_DICT);

    public PyObject callable;

    public PyStaticMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    public PyStaticMethod(PyType type, PyObject callable) {
        super(type);
        this.callable = callable;
    }

    static {
        TYPE.tp_new = (type, a, off, n, kw) -> new PyStaticMethod(type, PyNone.INSTANCE);
        TYPE.tp_init = (self, a, off, n, kw) -> {
            kiln.runtime.ArgParser.checkNoKeywords("staticmethod", kw);
            kiln.runtime.ArgParser.checkCount("staticmethod", n, 1, 1);
            ((PyStaticMethod) self).callable = a[off];
            Abstract.copyWrapperAttributes(self, a[off]);
        };
        TYPE.tp_descr_get = (d, obj, type) -> ((PyStaticMethod) d).callable;
        TYPE.tp_call = (d, a, off, n, kw) -> Abstract.call(((PyStaticMethod) d).callable, a, off, n, kw);
        TYPE.getter("__func__", d -> ((PyStaticMethod) d).callable);
        TYPE.getter("__wrapped__", d -> ((PyStaticMethod) d).callable);
        TYPE.getter("__isabstractmethod__", d -> Abstract.isAbstract(((PyStaticMethod) d).callable));
        TYPE.tp_repr = d -> new PyStr("<staticmethod(" + Abstract.reprJava(((PyStaticMethod) d).callable) + ")>");
        TYPE.ready();
    }
}
